namespace PatientNetwork.Funding.Claims;

public sealed record ClaimLineResponse(
    int Number, string Medicine, string? AtcCode, int Quantity, long UnitPriceCentimes, DateOnly DispensedOn, long ClaimedCentimes, long OtherPayerCentimes,
    long? EligibleCentimes, long? CoveredCentimes, long? FamilyShareCentimes, LineReductions? Reductions, string? NotEligibleReason)
{
    public static ClaimLineResponse From(ClaimLine l) => new(
        l.Number, l.Medicine, l.AtcCode, l.Quantity, l.UnitPriceCentimes, l.DispensedOn, l.ClaimedCentimes, l.OtherPayerCentimes,
        l.EligibleCentimes, l.CoveredCentimes, l.FamilyShareCentimes,
        l.CoveredCentimes is null ? null : new LineReductions(l.NotEligibleCentimes ?? 0, l.AboveReferencePriceCentimes ?? 0, l.AnnualCapReachedCentimes ?? 0, l.BudgetExhaustedCentimes ?? 0),
        l.NotEligibleReason);

    public static ClaimLineResponse From(LineToCover input, LineCoverage c) => new(
        c.Number, input.Medicine, input.AtcCode, input.Quantity, input.UnitPriceCentimes, input.DispensedOn, c.Claimed, c.OtherPayer,
        c.Eligible, c.Covered, c.FamilyShare, new LineReductions(c.NotEligible, c.AboveReferencePrice, c.AnnualCapReached, c.BudgetExhausted), c.NotEligibleReason);
}

/// <summary>The reductions of a line, each in centimes.</summary>
public sealed record LineReductions(long NotEligible, long AboveReferencePrice, long AnnualCapReached, long BudgetExhausted)
{
    public long Total => NotEligible + AboveReferencePrice + AnnualCapReached + BudgetExhausted;
}

public sealed record ClaimTransitionResponse(int Sequence, ClaimStatus? From, ClaimStatus To, DateTimeOffset At, string By, string? Reason);

public sealed record ClaimAttachmentResponse(Guid Id, string Kind, string FileName, string ContentType, int Size, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>Totals of a claim: <c>claimed = otherPayer + covered + familyShare + reductions</c> once decided.</summary>
public sealed record ClaimTotals(long Claimed, long OtherPayer, long? Eligible, long? Covered, long? FamilyShare, long? Reductions, long Paid, string Currency);

public sealed record ClaimResponse(
    Guid Id,
    Guid PatientId,
    string? BranchId,
    Guid ProgrammeId,
    int? ProgrammeVersion,
    ClaimStatus Status,
    PharmacyInput Pharmacy,
    string InvoiceNumber,
    DateOnly InvoiceDate,
    string? PrescriptionReference,
    ClaimTotals Totals,
    IReadOnlyList<ClaimLineResponse> Lines,
    string? RejectionCode,
    string? RejectionReason,
    string? InformationRequested,
    Guid? ResubmissionOfId,
    Guid? ResubmittedAsId,
    Guid? PayoutRunId,
    Guid? ReservationTransactionId,
    Guid? PaymentTransactionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? PaidAt,
    IReadOnlyList<ClaimTransitionResponse> History,
    IReadOnlyList<ClaimAttachmentResponse> Attachments)
{
    public static ClaimResponse From(Claim c, IReadOnlyList<ClaimAttachmentResponse>? attachments = null) => new(
        c.Id, c.PatientId, c.BranchId, c.ProgrammeId, c.ProgrammeVersion, c.Status,
        new PharmacyInput(c.PharmacyName, c.PharmacyIce, c.PharmacyCity), c.InvoiceNumber, c.InvoiceDate, c.PrescriptionReference,
        TotalsOf(c),
        c.Lines.OrderBy(l => l.Number).Select(ClaimLineResponse.From).ToList(),
        c.RejectionCode, c.RejectionReason, c.InformationRequested, c.ResubmissionOfId, c.ResubmittedAsId, c.PayoutRunId,
        c.ReservationTransactionId, c.PaymentTransactionId, c.CreatedAt, c.DecidedAt, c.PaidAt,
        c.Transitions.OrderBy(t => t.Sequence).Select(t => new ClaimTransitionResponse(t.Sequence, t.From, t.To, t.At, t.ByLogin, t.Reason)).ToList(),
        attachments ?? []);

    public static ClaimTotals TotalsOf(Claim c) =>
        new(c.ClaimedCentimes, c.OtherPayerCentimes, c.EligibleCentimes, c.CoveredCentimes, c.FamilyShareCentimes, c.ReductionsCentimes, c.PaidCentimes, "MAD");
}

/// <summary>A claim in a list: no lines, no history.</summary>
public sealed record ClaimSummary(
    Guid Id, Guid PatientId, Guid ProgrammeId, ClaimStatus Status, string PharmacyName, string InvoiceNumber, DateOnly InvoiceDate, ClaimTotals Totals, DateTimeOffset CreatedAt)
{
    public static ClaimSummary From(Claim c) => new(c.Id, c.PatientId, c.ProgrammeId, c.Status, c.PharmacyName, c.InvoiceNumber, c.InvoiceDate, ClaimResponse.TotalsOf(c), c.CreatedAt);
}

/// <summary>What a family would receive for a claim, were it decided now: the arithmetic line by line, nothing reserved.</summary>
public sealed record SimulationResponse(Guid ProgrammeId, int ProgrammeVersion, ClaimTotals Totals, IReadOnlyList<ClaimLineResponse> Lines, string Note);
