using System.Globalization;
using System.Text;

namespace PatientNetwork.Registry.Search;

/// <summary>
/// Folds a name written in Latin letters so that common spelling variants of Arabic names meet:
/// "Mohammed", "Mohamed" and "Muhammad"; "El Idrissi" and "Elidrissi"; "Youssef" and "Yusuf".
/// Trigram similarity then absorbs what is left. <see cref="QueryTokens"/> and <see cref="IndexTokens"/>
/// cut the folded name into the words a search matches exactly (see <see cref="PatientNameToken"/>).
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

    /// <summary>
    /// Particles written apart or joined to the name ("Ben Ahmed"/"Benahmed", "El Idrissi"/"Elidrissi",
    /// "Abdel Aziz"/"Abdelaziz"): folded, then glued to the word that follows.
    /// </summary>
    private static readonly HashSet<string> LeadingParticles =
        new[] { "ben", "bin", "ibn", "bou", "ait", "ould", "el", "al", "abd", "abdel", "abu" }.Select(FoldWord).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Nour Eddine"/"Noureddine", "Salah-Dine"/"Salaheddine": glued to the word before.</summary>
    private static readonly HashSet<string> TrailingParticles =
        new[] { "eddine", "edine", "dine", "din" }.Select(FoldWord).ToHashSet(StringComparer.Ordinal);

    /// <summary>A particle is only cut off a joined name when a real name is left ("Benjelloun" → "jelloun", not "Bouali" → "ali").</summary>
    private const int ShortestNameAfterParticle = 4;

    public static string Fold(params string?[] parts) => string.Join(' ', FoldedWords(parts));

    /// <summary>The words a typed search must all find: folded, particles glued, each once.</summary>
    public static IReadOnlyList<string> QueryTokens(string text) => GlueParticles(FoldedWords(text)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// What a patient is found by, folded once: <c>Words</c> are the glued words of
    /// <see cref="QueryTokens"/>, each also without its leading particle (so "Jelloun" finds
    /// "Benjelloun"); <c>Joined</c> are pairs of neighbouring words written as one (so
    /// "Fatimazahra" finds "Fatima Zahra").
    /// </summary>
    public static (IReadOnlyList<string> Words, IReadOnlyList<string> Joined) IndexTokens(string? firstName, string? lastName)
    {
        var glued = GlueParticles(FoldedWords(firstName, lastName));
        var words = glued.Concat(glued.Select(WithoutLeadingParticle).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var joined = glued.Zip(glued.Skip(1), (left, right) => left + right).Distinct(StringComparer.Ordinal).ToList();
        return (words, joined);
    }

    private static string? WithoutLeadingParticle(string word) =>
        LeadingParticles.Where(p => word.StartsWith(p, StringComparison.Ordinal) && word.Length - p.Length >= ShortestNameAfterParticle)
            .OrderByDescending(p => p.Length)
            .Select(p => word[p.Length..])
            .FirstOrDefault();

    private static List<string> GlueParticles(IEnumerable<string> words)
    {
        var glued = new List<string>();
        var pending = "";
        foreach (var word in words)
        {
            if (LeadingParticles.Contains(word))
            {
                pending += word;
            }
            else if (TrailingParticles.Contains(word) && pending.Length == 0 && glued.Count > 0)
            {
                glued[^1] += word;
            }
            else
            {
                glued.Add(pending + word);
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            glued.Add(pending);
        }

        return glued;
    }

    private static IEnumerable<string> FoldedWords(params string?[] parts)
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

        return letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FoldWord);
    }

    private static string FoldWord(string word)
    {
        foreach (var (from, to) in Variants)
        {
            word = word.Replace(from, to, StringComparison.Ordinal);
        }

        // A final "e" is French spelling, not a sound: "Amine"/"Amin", "Othmane"/"Othman".
        if (word.Length > 3 && word[^1] == 'e' && !IsVowel(word[^2]))
        {
            word = word[..^1];
        }

        // Short vowels are the least stable part of a transliteration: "Mohamed"/"Muhammad" and
        // "Youssef"/"Yusuf" differ only there. "i" stays: it usually writes a long vowel.
        var folded = new StringBuilder(word.Length);
        foreach (var character in word)
        {
            var normalized = IsVowel(character) && character != 'i' ? 'a' : character;
            if (folded.Length == 0 || folded[^1] != normalized)
            {
                folded.Append(normalized);
            }
        }

        return folded.ToString();
    }

    private static bool IsVowel(char character) => character is 'a' or 'e' or 'i' or 'o' or 'u';
}
