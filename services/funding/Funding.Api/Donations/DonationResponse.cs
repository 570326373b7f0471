namespace PatientNetwork.Funding.Donations;

/// <summary>A gift with its ledger transaction (and refund reversal) and its receipt's number.</summary>
public sealed record DonationResponse(
    Guid Id, Guid DonorId, DonationMethod Method, long AmountCentimes, string Currency, string? ChequeNumber, string? CardReference, string? InKindDescription,
    Guid? CampaignId, Guid? ProgrammeId, string FundCode, DateOnly ReceivedOn, DonationStatus Status,
    Guid LedgerTransactionId, Guid? RefundTransactionId, Guid? ReceiptId, string? ReceiptNumber, DateTimeOffset RecordedAt, Guid? PledgeId)
{
    public static DonationResponse From(Donation d, Receipts.Receipt? receipt) => new(
        d.Id, d.DonorId, d.Method, d.AmountCentimes, "MAD", d.ChequeNumber, d.CardReference, d.InKindDescription,
        d.CampaignId, d.ProgrammeId, d.FundCode, d.ReceivedOn, d.Status, d.LedgerTransactionId, d.RefundTransactionId, receipt?.Id, receipt?.Number, d.RecordedAt, d.PledgeId);
}
