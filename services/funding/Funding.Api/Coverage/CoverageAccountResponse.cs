namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// A coverage account. <see cref="FamilyId"/> (siblings share it: their guardians share a phone) is derived from an
/// identifier, so only staff who see identifiers get it; for the others it is null.
/// </summary>
public sealed record CoverageAccountResponse(
    Guid Id,
    Guid PatientId,
    string AssociationId,
    string? BranchId,
    int RateBasisPoints,
    decimal CoveragePercent,
    DateTimeOffset OpenedAt,
    CoverageStatus Status,
    DateTimeOffset StatusSince,
    string? StatusReason,
    Guid? MergedIntoPatientId,
    IReadOnlyList<Guid> FormerPatientIds,
    Guid? FamilyId)
{
    public static CoverageAccountResponse From(CoverageAccount a, bool revealFamily) =>
        new(a.Id, a.PatientId, a.AssociationId, a.BranchId, a.RateBasisPoints, a.Rate.Percent, a.OpenedAt,
            a.Status, a.StatusSince, a.StatusReason, a.MergedIntoPatientId, a.FormerPatientIds, revealFamily ? a.FamilyId : null);
}
