namespace PatientNetwork.Funding.Receipts;

/// <summary>A receipt: its number, what it acknowledges, and whether it is a duplicate or cancelled.</summary>
public sealed record ReceiptResponse(
    Guid Id, string Number, int Year, int Sequence, ReceiptKind Kind, Guid DonorId, Guid? DonationId, string DonorName,
    long AmountCentimes, int Gifts, DateOnly GiftDate, ReceiptStatus Status, bool Duplicate, int Reissues, DateTimeOffset IssuedAt)
{
    public static ReceiptResponse From(Receipt r) => new(
        r.Id, r.Number, r.Year, r.Sequence, r.Kind, r.DonorId, r.DonationId, r.DonorName, r.AmountCentimes, r.Gifts, r.GiftDate, r.Status, r.IsDuplicate, r.Reissues, r.IssuedAt);
}
