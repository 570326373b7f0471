namespace PatientNetwork.Funding.Receipts;

/// <summary>A receipt for one gift, or the annual receipt of a donor's gifts of one year.</summary>
public enum ReceiptKind
{
    Gift,
    Annual,
}
