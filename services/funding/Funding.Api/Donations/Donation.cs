using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Donations;

/// <summary>
/// One gift, money or in kind, recorded with its ledger transaction (the asset it came into debited, the fund it
/// is designated to credited) and its numbered receipt, in one database transaction. A refund never edits the
/// gift's money: it reverses the ledger transaction and marks the gift refunded.
/// </summary>
public sealed class Donation
{
    private Donation()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public Guid DonorId { get; private set; }

    public DonationMethod Method { get; private set; }

    public long AmountCentimes { get; private set; }

    public string? ChequeNumber { get; private set; }

    public string? CardReference { get; private set; }

    /// <summary>For a gift in kind: what was given ("20 wheelchairs", "toys for Achoura").</summary>
    public string? InKindDescription { get; private set; }

    public Guid? CampaignId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    /// <summary>The pledge this gift pays an instalment of, if any.</summary>
    public Guid? PledgeId { get; private set; }

    /// <summary>The ledger account code of the fund credited: a campaign's, a programme's or the unrestricted fund.</summary>
    public string FundCode { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    public DonationStatus Status { get; private set; }

    public Guid LedgerTransactionId { get; private set; }

    public Guid? RefundTransactionId { get; private set; }

    public string? RefundReason { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public static Donation Record(
        Guid id, string associationId, Guid donorId, DonationMethod method, long amount, string? chequeNumber, string? cardReference, string? inKind,
        Guid? campaignId, Guid? programmeId, string fundCode, DateOnly receivedOn, Guid ledgerTransactionId, string idempotencyKey, string by, DateTimeOffset now, Guid? pledgeId = null) => new()
    {
        Id = id,
        AssociationId = associationId,
        DonorId = donorId,
        Method = method,
        AmountCentimes = amount,
        ChequeNumber = chequeNumber,
        CardReference = cardReference,
        InKindDescription = inKind,
        CampaignId = campaignId,
        ProgrammeId = programmeId,
        PledgeId = pledgeId,
        FundCode = fundCode,
        ReceivedOn = receivedOn,
        Status = DonationStatus.Paid,
        LedgerTransactionId = ledgerTransactionId,
        IdempotencyKey = idempotencyKey,
        RecordedAt = now,
        RecordedBy = by,
    };

    /// <summary>Marks the gift refunded by the reversal of its ledger transaction; a gift is refunded once.</summary>
    public void Refund(Guid reversalId, string reason)
    {
        if (Status == DonationStatus.Refunded)
        {
            throw new FundingConflictException("The gift was refunded already.", $"Donation {Id} was refunded by ledger transaction {RefundTransactionId}.",
                new Dictionary<string, object?> { ["currentStatus"] = "refunded" });
        }

        Status = DonationStatus.Refunded;
        RefundTransactionId = reversalId;
        RefundReason = reason;
    }
}
