using System.Globalization;

namespace PatientNetwork.WebApp.Donations;

/// <summary>
/// An amount in dirhams as staff type it ("1500", "1 500,50", "1500.5") turned into integer centimes: money never
/// passes through a float, and a third decimal is refused rather than rounded away.
/// </summary>
public static class MoneyInput
{
    public static bool TryParseCentimes(string? text, out long centimes)
    {
        centimes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0')]).Replace(',', '.');
        if (cleaned.Count(c => c == '.') > 1
            || !decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dirhams)
            || decimal.Round(dirhams, 2) != dirhams
            || dirhams <= 0
            || dirhams > 100_000_000m)
        {
            return false;
        }

        centimes = (long)(dirhams * 100);
        return true;
    }
}
