namespace PatientNetwork.Registry.Search;

/// <summary>
/// Every distinct word of <see cref="PatientNameToken"/> per association, trigram-indexed: a search
/// word that finds nothing as typed is widened to the similar words that exist ("Smail" → "Ismail").
/// Kept by database triggers on <c>patient_name_tokens</c>, so bulk loads and deletes keep it true.
/// </summary>
public sealed class NameTokenVocabulary
{
    private NameTokenVocabulary()
    {
    }

    public string AssociationId { get; private set; } = "";

    public string Token { get; private set; } = "";
}
