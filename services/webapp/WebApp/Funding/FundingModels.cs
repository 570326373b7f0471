namespace PatientNetwork.WebApp.Funding;

public sealed record CoverageAccount(Guid Id, Guid PatientId, string AssociationId, string? BranchId, int RateBasisPoints, decimal CoveragePercent, DateTimeOffset OpenedAt, string Status, DateTimeOffset StatusSince, string? StatusReason, Guid? MergedIntoPatientId, Guid? FamilyId);

public sealed record ClaimTotals(long Claimed, long OtherPayer, long? Eligible, long? Covered, long? FamilyShare, long? Reductions, long Paid, string Currency);

public sealed record ClaimSummary(Guid Id, Guid PatientId, Guid ProgrammeId, string Status, string PharmacyName, string InvoiceNumber, DateOnly InvoiceDate, ClaimTotals Totals, DateTimeOffset CreatedAt);

public sealed record ClaimLine(int Number, string Medicine, string? AtcCode, int Quantity, long UnitPriceCentimes, DateOnly DispensedOn, long ClaimedCentimes, long OtherPayerCentimes, long? EligibleCentimes, long? CoveredCentimes, long? FamilyShareCentimes, string? NotEligibleReason);

public sealed record ClaimDetail(
    Guid Id, Guid PatientId, string? BranchId, Guid ProgrammeId, string Status, string InvoiceNumber, DateOnly InvoiceDate, ClaimTotals Totals, IReadOnlyList<ClaimLine> Lines,
    string? RejectionCode = null, string? RejectionReason = null);

public sealed record StatementLine(Guid ClaimId, DateOnly InvoiceDate, string PharmacyName, string InvoiceNumber, string Status, long ClaimedCentimes, long OtherPayerCentimes, long? CoveredCentimes, long? FamilyShareCentimes, long? ReductionsCentimes, long PaidCentimes, DateTimeOffset? PaidAt);

public sealed record Statement(Guid PatientId, int Year, long ClaimedCentimes, long CoveredCentimes, long FamilyShareCentimes, long PaidCentimes, string Currency, IReadOnlyList<StatementLine> Claims);
