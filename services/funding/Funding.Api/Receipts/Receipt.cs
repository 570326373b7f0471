using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Receipts;

/// <summary>
/// A numbered tax receipt (<c>HAJAR-2026-000123</c>): its number is allocated from <see cref="ReceiptCounter"/> in
/// the transaction that writes it, so numbers per association and year have no gap. A reissue keeps the number
/// and prints DUPLICATA; a cancelled receipt stays, marked cancelled. The donor's name and the amount are copied
/// at issue: a receipt says what it said when it was given.
/// </summary>
public sealed class Receipt
{
    private Receipt()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; } = "";

    public ReceiptKind Kind { get; private set; }

    public Guid DonorId { get; private set; }

    /// <summary>The gift of a single receipt; null on an annual one.</summary>
    public Guid? DonationId { get; private set; }

    public string DonorName { get; private set; } = "";

    public long AmountCentimes { get; private set; }

    /// <summary>How many gifts an annual receipt counts (1 on a single receipt).</summary>
    public int Gifts { get; private set; }

    public DateOnly GiftDate { get; private set; }

    public ReceiptStatus Status { get; private set; }

    public int Reissues { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = "";

    public string? CancelReason { get; private set; }

    public bool IsDuplicate => Reissues > 0;

    public static string NumberOf(string associationId, int year, int sequence) =>
        $"{associationId.ToUpperInvariant()}-{year:D4}-{sequence:D6}";

    public static Receipt Issue(
        string associationId, int year, int sequence, ReceiptKind kind, Guid donorId, Guid? donationId, string donorName, long amount, int gifts,
        DateOnly giftDate, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Year = year,
        Sequence = sequence,
        Number = NumberOf(associationId, year, sequence),
        Kind = kind,
        DonorId = donorId,
        DonationId = donationId,
        DonorName = donorName,
        AmountCentimes = amount,
        Gifts = gifts,
        GiftDate = giftDate,
        Status = ReceiptStatus.Issued,
        IssuedAt = now,
        IssuedBy = by,
    };

    /// <summary>A copy given again (lost, asked for again): same number, marked DUPLICATA.</summary>
    public void Reissue()
    {
        EnsureIssued();
        Reissues++;
    }

    public void Cancel(string reason)
    {
        EnsureIssued();
        Status = ReceiptStatus.Cancelled;
        CancelReason = reason;
    }

    private void EnsureIssued()
    {
        if (Status == ReceiptStatus.Cancelled)
        {
            throw new FundingConflictException("The receipt is cancelled.", $"Receipt {Number} was cancelled ({CancelReason}); it stays in the sequence and is not given again.",
                new Dictionary<string, object?> { ["currentStatus"] = "cancelled" });
        }
    }
}
