using PatientNetwork.Funding.Claims;

namespace PatientNetwork.Funding.Coverage;

/// <summary>One claim on a family's statement.</summary>
public sealed record StatementLine(
    Guid ClaimId, DateOnly InvoiceDate, string PharmacyName, string InvoiceNumber, ClaimStatus Status,
    long ClaimedCentimes, long OtherPayerCentimes, long? CoveredCentimes, long? FamilyShareCentimes, long? ReductionsCentimes, long PaidCentimes, DateTimeOffset? PaidAt);

/// <summary>What was claimed, covered and paid for one patient in one year (by invoice date), in centimes MAD.</summary>
public sealed record StatementResponse(
    Guid PatientId, int Year, long ClaimedCentimes, long CoveredCentimes, long FamilyShareCentimes, long PaidCentimes, string Currency, IReadOnlyList<StatementLine> Claims);
