using PatientNetwork.Funding.Programmes;

namespace PatientNetwork.Funding.Claims;

/// <summary>
/// A claim for one patient's medicines on one pharmacy invoice. Its methods are the only way its
/// state changes, each allowed from named states only (otherwise <see cref="ClaimTransitionException"/>,
/// a 409 naming the current state) and each recorded as a <see cref="ClaimTransition"/>. A decided
/// claim keeps the programme version it was decided under and every line's arithmetic.
/// </summary>
public sealed class Claim
{
    private Claim()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>
    /// The family whose annual cap the decision counted this claim against, as the coverage account
    /// said at approval; a reversal takes it back from the same family even if the patient moved since.
    /// </summary>
    public Guid? FamilyId { get; private set; }

    /// <summary>The programme version the claim was decided under; set with the decision, never changed after.</summary>
    public Guid? ProgrammeVersionId { get; private set; }

    public int? ProgrammeVersion { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string DiagnosisGroup { get; private set; } = "";

    public string PharmacyName { get; private set; } = "";

    public string? PharmacyIce { get; private set; }

    public string? PharmacyCity { get; private set; }

    public string InvoiceNumber { get; private set; } = "";

    public DateOnly InvoiceDate { get; private set; }

    public string? PrescriptionReference { get; private set; }

    /// <summary>Pharmacy and invoice number while the claim stands (unique in the association); cleared when rejected or reversed, so the invoice can be claimed again.</summary>
    public string? InvoiceKey { get; private set; }

    public ClaimStatus Status { get; private set; }

    /// <summary>Approved or partially approved: where a failed payment returns the claim.</summary>
    public ClaimStatus? Decision { get; private set; }

    public string? RejectionCode { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? InformationRequested { get; private set; }

    public Guid? ResubmissionOfId { get; private set; }

    public Guid? ResubmittedAsId { get; private set; }

    public Guid? PayoutRunId { get; private set; }

    /// <summary>The pending ledger transaction that reserves the covered amount from the programme's fund.</summary>
    public Guid? ReservationTransactionId { get; private set; }

    public Guid? PaymentTransactionId { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public long ClaimedCentimes { get; private set; }

    public long OtherPayerCentimes { get; private set; }

    public long? EligibleCentimes { get; private set; }

    public long? CoveredCentimes { get; private set; }

    public long? FamilyShareCentimes { get; private set; }

    public long? ReductionsCentimes { get; private set; }

    public long PaidCentimes { get; private set; }

    public List<ClaimLine> Lines { get; private set; } = [];

    public List<ClaimTransition> Transitions { get; private set; } = [];

    /// <summary>PostgreSQL's row version (xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>States whose covered amount counts against the patient's cap and the programme's budget.</summary>
    public static readonly IReadOnlyList<ClaimStatus> Committed =
        [ClaimStatus.Approved, ClaimStatus.PartiallyApproved, ClaimStatus.PayoutScheduled, ClaimStatus.Paid];

    public static Claim Create(
        string associationId, string? branchId, Guid patientId, Guid programmeId, string regionCode, string diagnosisGroup,
        ClaimDraft draft, Actor by, DateTimeOffset now, Guid? resubmissionOf = null)
    {
        var claim = new Claim
        {
            Id = Guid.CreateVersion7(now),
            AssociationId = associationId,
            BranchId = branchId,
            PatientId = patientId,
            ProgrammeId = programmeId,
            RegionCode = regionCode,
            DiagnosisGroup = diagnosisGroup,
            CreatedBy = by.StaffId,
            CreatedAt = now,
            ResubmissionOfId = resubmissionOf,
        };
        claim.SetInvoice(draft);
        claim.Move(ClaimStatus.Draft, by, now, resubmissionOf is { } previous ? $"resubmission of rejected claim {previous}" : null);
        return claim;
    }

    /// <summary>Replaces the invoice of a draft.</summary>
    public void Edit(ClaimDraft draft, Actor by, DateTimeOffset now)
    {
        Require("edited", ClaimStatus.Draft);
        SetInvoice(draft);
        Record(Status, Status, by, now, "invoice edited");
    }

    /// <summary>The invoice as it was claimed, to claim it again (a resubmission).</summary>
    public ClaimDraft ToDraft() => new(
        PharmacyName, PharmacyIce, PharmacyCity, InvoiceNumber, InvoiceDate, PrescriptionReference,
        Lines.OrderBy(l => l.Number).Select(l => l.ToCover()).ToList());

    /// <summary>Scans are added until the claim is decided.</summary>
    public void EnsureAcceptsAttachments() =>
        Require("given an attachment", ClaimStatus.Draft, ClaimStatus.Submitted, ClaimStatus.InReview, ClaimStatus.InformationRequested);

    public void Submit(Actor by, DateTimeOffset now)
    {
        Require("submitted", ClaimStatus.Draft);
        SubmittedBy = by.StaffId;
        Move(ClaimStatus.Submitted, by, now, null);
    }

    public void StartReview(Actor by, DateTimeOffset now)
    {
        Require("taken into review", ClaimStatus.Submitted);
        Move(ClaimStatus.InReview, by, now, null);
    }

    public void RequestInformation(string question, Actor by, DateTimeOffset now)
    {
        Require("asked for information", ClaimStatus.InReview);
        InformationRequested = question;
        Move(ClaimStatus.InformationRequested, by, now, question);
    }

    public void ProvideInformation(string answer, Actor by, DateTimeOffset now)
    {
        Require("given the information", ClaimStatus.InformationRequested);
        Move(ClaimStatus.InReview, by, now, answer);
    }

    /// <summary>Checks, before any arithmetic, that the claim can be decided and that the decider is not its submitter.</summary>
    public void EnsureDecidableBy(Actor by)
    {
        Require("approved", ClaimStatus.InReview);
        if (by.StaffId == SubmittedBy)
        {
            throw new Infrastructure.FundingConflictException(
                "Four eyes: the approver is not the submitter.",
                "You submitted this claim; another staff member must approve it.",
                new Dictionary<string, object?> { ["claimId"] = Id },
                StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>
    /// Records the decision under <paramref name="programme"/>: approved when every line is covered as
    /// promised, partially approved when something was reduced, rejected ("nothing-covered") when nothing is.
    /// </summary>
    public void Decide(CoverageProgramme programme, ClaimCoverage coverage, Actor by, DateTimeOffset now, string? note)
    {
        EnsureDecidableBy(by);
        ProgrammeVersionId = programme.Id;
        ProgrammeVersion = programme.Version;
        foreach (var line in Lines)
        {
            line.Record(coverage.Lines.Single(l => l.Number == line.Number));
        }

        FamilyId = coverage.FamilyId;
        EligibleCentimes = coverage.Eligible;
        CoveredCentimes = coverage.Covered;
        FamilyShareCentimes = coverage.FamilyShare;
        ReductionsCentimes = coverage.Reductions;
        DecidedBy = by.StaffId;
        DecidedAt = now;
        if (coverage.Covered == 0)
        {
            RejectAs(RejectionCodes.NothingCovered, note ?? RejectionCodes.All[RejectionCodes.NothingCovered], by, now);
            return;
        }

        Decision = coverage.Full ? ClaimStatus.Approved : ClaimStatus.PartiallyApproved;
        Move(Decision.Value, by, now, note);
    }

    public void AttachReservation(Guid transactionId) => ReservationTransactionId = transactionId;

    public void AttachPayment(Guid transactionId) => PaymentTransactionId = transactionId;

    public void Reject(string code, string reason, Actor by, DateTimeOffset now)
    {
        Require("rejected", ClaimStatus.Submitted, ClaimStatus.InReview, ClaimStatus.InformationRequested);
        DecidedBy = by.StaffId;
        DecidedAt = now;
        RejectAs(code, reason, by, now);
    }

    /// <summary>Links a new draft that claims the same invoice again; a rejected claim is resubmitted once.</summary>
    public void MarkResubmittedAs(Guid newClaimId, Actor by, DateTimeOffset now)
    {
        Require("resubmitted", ClaimStatus.Rejected);
        if (ResubmittedAsId is { } already)
        {
            throw new Infrastructure.FundingConflictException("This claim was resubmitted already.", $"Claim {Id} was resubmitted as {already}.",
                new Dictionary<string, object?> { ["claimId"] = Id, ["resubmittedAs"] = already });
        }

        ResubmittedAsId = newClaimId;
        Record(Status, Status, by, now, $"resubmitted as claim {newClaimId}");
    }

    public void ScheduleForPayout(Guid payoutRunId, Actor by, DateTimeOffset now)
    {
        Require("put in a payout run", ClaimStatus.Approved, ClaimStatus.PartiallyApproved);
        PayoutRunId = payoutRunId;
        Move(ClaimStatus.PayoutScheduled, by, now, $"payout run {payoutRunId}");
    }

    public void MarkPaid(string? reference, Actor by, DateTimeOffset now)
    {
        Require("paid", ClaimStatus.PayoutScheduled);
        PaidCentimes = CoveredCentimes ?? 0;
        PaidAt = now;
        Move(ClaimStatus.Paid, by, now, reference);
    }

    /// <summary>The payment did not go through: back to its decision, out of the run, its reservation kept for the next run.</summary>
    public void PaymentFailed(string reason, Actor by, DateTimeOffset now)
    {
        Require("marked as a failed payment", ClaimStatus.PayoutScheduled);
        PayoutRunId = null;
        Move(Decision ?? ClaimStatus.Approved, by, now, reason);
    }

    /// <summary>Undoes a decided claim: a paid one by a reversal of its payment, an unpaid one by releasing its reservation (done by the caller in the ledger).</summary>
    public void Reverse(string reason, Actor by, DateTimeOffset now)
    {
        Require("reversed", ClaimStatus.Paid, ClaimStatus.Approved, ClaimStatus.PartiallyApproved);
        InvoiceKey = null;
        Move(ClaimStatus.Reversed, by, now, reason);
    }

    private void RejectAs(string code, string reason, Actor by, DateTimeOffset now)
    {
        RejectionCode = code;
        RejectionReason = reason;
        InvoiceKey = null;
        Move(ClaimStatus.Rejected, by, now, $"{code}: {reason}");
    }

    private void SetInvoice(ClaimDraft draft)
    {
        PharmacyName = draft.PharmacyName.Trim();
        PharmacyIce = draft.PharmacyIce?.Trim();
        PharmacyCity = draft.PharmacyCity?.Trim();
        InvoiceNumber = draft.InvoiceNumber.Trim();
        InvoiceDate = draft.InvoiceDate;
        PrescriptionReference = draft.PrescriptionReference?.Trim();
        InvoiceKey = draft.InvoiceKey;
        Lines = draft.Lines.Select(l => new ClaimLine
        {
            Number = l.Number,
            Medicine = l.Medicine.Trim(),
            AtcCode = l.AtcCode?.Trim().ToUpperInvariant(),
            Quantity = l.Quantity,
            UnitPriceCentimes = l.UnitPriceCentimes,
            DispensedOn = l.DispensedOn,
            OtherPayerCentimes = l.OtherPayerCentimes,
            ClaimedCentimes = l.Claimed,
        }).ToList();
        ClaimedCentimes = Lines.Sum(l => l.ClaimedCentimes);
        OtherPayerCentimes = Lines.Sum(l => l.OtherPayerCentimes);
    }

    private void Require(string action, params ClaimStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new ClaimTransitionException(Id, Status, action);
        }
    }

    private void Move(ClaimStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        var from = Transitions.Count == 0 ? (ClaimStatus?)null : Status;
        Status = to;
        Record(from, to, by, now, reason);
    }

    private void Record(ClaimStatus? from, ClaimStatus to, Actor by, DateTimeOffset now, string? reason) =>
        Transitions.Add(new ClaimTransition { Sequence = Transitions.Count + 1, From = from, To = to, At = now, ByStaffId = by.StaffId, ByLogin = by.Login, Reason = reason });
}
