namespace PatientNetwork.Funding.Coverage;

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
    IReadOnlyList<Guid> FormerPatientIds)
{
    public static CoverageAccountResponse From(CoverageAccount a) =>
        new(a.Id, a.PatientId, a.AssociationId, a.BranchId, a.RateBasisPoints, a.Rate.Percent, a.OpenedAt,
            a.Status, a.StatusSince, a.StatusReason, a.MergedIntoPatientId, a.FormerPatientIds);
}
