using System.Buffers;
using System.Globalization;

namespace PatientNetwork.ServiceDefaults.Text;

/// <summary>
/// The one rule for text a client sends, in JSON bodies, query strings, route values and CSV cells:
/// no control characters (<see cref="char.IsControl(char)"/>: U+0000–U+001F and U+007F–U+009F)
/// except tab, line feed and carriage return, which free text (an address, consent evidence) may hold.
/// PostgreSQL refuses NUL in text, an encrypted field would carry any of them unseen, and the
/// identifier normalisers would silently strip the whitespace ones (vertical tab, NEL).
/// </summary>
/// <remarks>
/// U+2028/U+2029 (line and paragraph separators) are not control characters and stay allowed:
/// they are text, harmless to PostgreSQL, and JSON writers escape them.
/// </remarks>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToArray());

    /// <summary>The position of the first refused character, or -1 when the text is acceptable.</summary>
    public static int IndexOfRefused(ReadOnlySpan<char> text) => text.IndexOfAny(Refused);

    /// <summary>A field error that says what and where without repeating the text (it may be a name or an identifier).</summary>
    private static string Describe(string text, int index) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The text contains the control character U+{(int)text[index]:X4} at position {index + 1}; only tab and line breaks are allowed.");

    /// <summary>The field error for <paramref name="text"/>, or null when it holds no refused character.</summary>
    public static string? ErrorFor(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var index = IndexOfRefused(text);
        return index < 0 ? null : Describe(text, index);
    }
}
