namespace PatientNetwork.Funding.Receipts;

/// <summary>An issued receipt; a cancelled one keeps its number in the sequence, marked cancelled.</summary>
public enum ReceiptStatus
{
    Issued,
    Cancelled,
}
