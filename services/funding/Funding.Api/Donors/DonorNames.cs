using System.Globalization;
using System.Text;

namespace PatientNetwork.Funding.Donors;

/// <summary>
/// Folds a donor's name for the similar-name check: lower case, accents removed, punctuation as spaces, words
/// sorted (so "Triangle Toy" meets "Toy Triangle"). Trigram similarity (pg_trgm) then absorbs small spelling
/// differences, as the Registry's duplicate check does on its own folded names.
/// </summary>
public static class DonorNames
{
    /// <summary>Similarity at or above which two folded names are offered as probably the same donor.</summary>
    public const double Similar = 0.6;

    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            letters.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
