namespace PatientNetwork.Funding.Ledger;

/// <summary>What a transaction was for; stable strings reports and the treasurer filter on.</summary>
public static class LedgerTransactionKinds
{
    public const string Receipt = "receipt";
    public const string Transfer = "transfer";
    public const string ClaimReservation = "claim-reservation";
    public const string ClaimPayment = "claim-payment";
    public const string Reversal = "reversal";
    public const string Donation = "donation";
}
