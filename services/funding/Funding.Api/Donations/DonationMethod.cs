namespace PatientNetwork.Funding.Donations;

/// <summary>How a gift came: money (cash, bank transfer, cheque, card) or in kind (goods at market value).</summary>
public enum DonationMethod
{
    Cash,
    BankTransfer,
    Cheque,
    Card,
    InKind,
}
