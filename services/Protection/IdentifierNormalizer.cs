using System.Text;
using System.Text.RegularExpressions;

namespace PatientNetwork.Protection;

/// <summary>
/// Canonical forms of identifiers, applied before indexing and encrypting: the blind index matches exact bytes,
/// so "BE 123456" and "be-123456" must become the same string or the look-up misses the patient.
/// </summary>
public static partial class IdentifierNormalizer
{
    private const string MoroccoPrefix = "+212";

    /// <summary>Moroccan CIN (1–2 letters then digits): trimmed, spaces and dashes removed, upper-cased. "be 123456" -> "BE123456".</summary>
    public static string Cin(string cin)
    {
        ArgumentNullException.ThrowIfNull(cin);
        return RemoveSeparators(cin, "-").ToUpperInvariant();
    }

    public static bool IsValidCin(string? cin) => !string.IsNullOrWhiteSpace(cin) && CinPattern().IsMatch(Cin(cin));

    /// <summary>
    /// E.164. Moroccan national ("0612345678"), "00212…" and "+212…" forms all give "+212612345678"; other "+" or "00"
    /// numbers are kept as "+digits". Letters are left in place so validation rejects them instead of silently dropping them.
    /// </summary>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var compact = RemoveSeparators(phone, "-.()/");

        if (compact.StartsWith("00", StringComparison.Ordinal))
        {
            compact = "+" + compact[2..];
        }
        else if (compact.StartsWith('0'))
        {
            // National form: the leading 0 is the trunk prefix, replaced by the country code.
            compact = MoroccoPrefix + compact[1..];
        }

        // "+212 (0)6 12 34 56 78" is a common way of writing Moroccan numbers: the trunk 0 does not belong after +212.
        if (compact.StartsWith(MoroccoPrefix + "0", StringComparison.Ordinal))
        {
            compact = MoroccoPrefix + compact[(MoroccoPrefix.Length + 1)..];
        }

        return compact;
    }

    /// <summary>Valid E.164 after normalisation; Moroccan numbers must also be a fixed (5), mobile (6, 7) 9-digit number.</summary>
    public static bool IsValidPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return false;
        }

        var normalized = Phone(phone);
        return E164Pattern().IsMatch(normalized)
            && (!normalized.StartsWith(MoroccoPrefix, StringComparison.Ordinal) || MoroccanPhonePattern().IsMatch(normalized));
    }

    private static string RemoveSeparators(string value, string separators)
    {
        var result = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && !separators.Contains(c, StringComparison.Ordinal))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    // [0-9] rather than \d: \d also matches Arabic-Indic and other Unicode digits.
    [GeneratedRegex("^[A-Z]{1,2}[0-9]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex CinPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164Pattern();

    [GeneratedRegex(@"^\+212[5-7][0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex MoroccanPhonePattern();
}
