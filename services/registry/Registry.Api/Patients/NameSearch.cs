using System.Globalization;
using System.Text;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// Folds a name written in Latin letters so that common spelling variants of Arabic names meet:
/// "Mohammed", "Mohamed" and "Muhammad"; "El Idrissi" and "Elidrissi"; "Youssef" and "Yusuf".
/// Trigram similarity then absorbs what is left.
/// </summary>
public static class NameSearch
{
    private static readonly (string From, string To)[] Variants =
    [
        ("ou", "u"),
        ("oo", "u"),
        ("ee", "i"),
        ("ph", "f"),
        ("dh", "d"),
        ("th", "t"),
        ("gh", "g"),
        ("kh", "k"),
        ("ch", "sh"),
        ("q", "k"),
        ("aa", "a"),
    ];

    public static string Fold(params string?[] parts)
    {
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))).Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            letters.Append(char.IsLetter(character) ? char.ToLowerInvariant(character) : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FoldWord);
        return string.Join(' ', words);
    }

    private static string FoldWord(string word)
    {
        foreach (var (from, to) in Variants)
        {
            word = word.Replace(from, to, StringComparison.Ordinal);
        }

        // Vowels are the least stable part of a transliteration: "Mohamed"/"Muhammad" differ only there.
        var folded = new StringBuilder(word.Length);
        foreach (var character in word)
        {
            var normalized = character is 'o' or 'u' ? 'u' : character is 'e' ? 'a' : character;
            if (folded.Length == 0 || folded[^1] != normalized)
            {
                folded.Append(normalized);
            }
        }

        return folded.ToString();
    }
}
