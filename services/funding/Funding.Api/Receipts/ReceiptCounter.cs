namespace PatientNetwork.Funding.Receipts;

/// <summary>The last receipt number given for one association and year; its row is locked while a number is taken.</summary>
public sealed class ReceiptCounter
{
    private ReceiptCounter()
    {
    }

    public string AssociationId { get; private set; } = "";

    public int Year { get; private set; }

    public int LastSequence { get; private set; }
}
