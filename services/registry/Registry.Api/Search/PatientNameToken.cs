using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Search;

/// <summary>
/// One word a patient is found by (see <see cref="NameSearch.IndexTokens"/>), kept in its own narrow
/// table ordered by (association, word, patient): a name search reads the patients of a word in id
/// order and stops after one page, instead of re-checking the trigram similarity of every candidate.
/// Only patients that can be listed have tokens: merged and erased records have none.
/// </summary>
public sealed class PatientNameToken
{
    private PatientNameToken()
    {
    }

    public string AssociationId { get; private set; } = "";

    public string Token { get; private set; } = "";

    public Guid PatientId { get; private set; }

    /// <summary>Two neighbouring words written as one: found when typed so, but not a word to widen a search to.</summary>
    public bool Joined { get; private set; }

    /// <summary>Bounds the rows one patient adds to the index, whatever the length of the names.</summary>
    public const int MostPerPatient = 16;

    public static IEnumerable<PatientNameToken> For(Patient patient) =>
        Words(patient.FirstName, patient.LastName).Select(word => new PatientNameToken
        {
            AssociationId = patient.AssociationId,
            Token = word.Text,
            PatientId = patient.Id,
            Joined = word.Joined,
        });

    /// <summary>The words a patient of these names is indexed under, at most <see cref="MostPerPatient"/>.</summary>
    public static IEnumerable<(string Text, bool Joined)> Words(string? firstName, string? lastName)
    {
        var (words, joinedNeighbours) = NameSearch.IndexTokens(firstName, lastName);
        var joined = joinedNeighbours.Except(words, StringComparer.Ordinal);
        return words.Select(word => (word, false)).Concat(joined.Select(word => (word, true))).Take(MostPerPatient);
    }
}
