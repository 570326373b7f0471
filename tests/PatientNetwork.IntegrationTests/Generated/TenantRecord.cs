namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>
/// A record one tenant owns, for the tenancy suite to aim at with another tenant's token: its id,
/// text that only its owner may ever see in an answer, and the collection paths it is found under.
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="Marker">Text of the record (a family name, a title) that no other tenant may be answered with.</param>
/// <param name="Collections">Gateway paths of the collections whose <c>{id}</c> this record is (a patient is also its coverage account).</param>
/// <param name="Owner">The demo login that created it and can still read it.</param>
/// <param name="Intruder">A login of another association, or of another branch of the same association.</param>
/// <param name="ReadBackPath">Where the owner reads it back afterwards, to prove nobody changed it.</param>
public sealed record TenantRecord(Guid Id, string Marker, IReadOnlyList<string> Collections, string Owner, string Intruder, string ReadBackPath)
{
    /// <summary>Demo logins begin with their association.</summary>
    public bool IntruderInSameAssociation => Owner.Split('.')[0] == Intruder.Split('.')[0];

    public override string ToString() => $"{Collections[0]}/{Id} of {Owner}, tried as {Intruder}";
}
