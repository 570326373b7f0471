using System.Globalization;

namespace PatientNetwork.WebApp.Localization;

/// <summary>Dates and money as Moroccans write them in the user's language; the APIs send money in centimes.</summary>
public static class Formats
{
    private static CultureInfo Culture => Languages.Current.Culture;

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? "";

    public static string Date(DateTimeOffset? moment) => moment?.ToLocalTime().ToString("d MMMM yyyy", Culture) ?? "";

    public static string DateTime(DateTimeOffset? moment) => moment?.ToLocalTime().ToString("d MMMM yyyy HH:mm", Culture) ?? "";

    /// <summary>Centimes as dirhams: 123456 → "1 234,56 MAD" (French), "1.234,56 د.م." (Arabic).</summary>
    public static string Money(long? centimes) => centimes is null ? "" : (centimes.Value / 100m).ToString("C2", Culture);

    public static string Number(long value) => value.ToString("N0", Culture);
}
