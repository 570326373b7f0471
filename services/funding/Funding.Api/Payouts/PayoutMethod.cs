namespace PatientNetwork.Funding.Payouts;

/// <summary>How a payout run pays; cash leaves the cash account, the others the bank account.</summary>
public enum PayoutMethod
{
    BankTransfer,
    Cash,
    Cheque,
}
