namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// The scopes a partner may use: the union of what its agreements in force today share. A credential, a token and
/// every call are held within it, so ending an agreement ends the access it gave.
/// </summary>
public static class AgreementCap
{
    public static IReadOnlySet<string> Of(IEnumerable<PartnerAgreement> agreements, DateOnly today) =>
        agreements.Where(a => a.IsInForceOn(today)).SelectMany(a => a.DataShared).ToHashSet(StringComparer.Ordinal);

    /// <summary>The day the cap is judged on: the UTC date, the same on every replica.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
