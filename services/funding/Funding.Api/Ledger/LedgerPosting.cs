namespace PatientNetwork.Funding.Ledger;

/// <summary>One line of a transaction: an amount in centimes MAD on one side of one account. Immutable once written.</summary>
public sealed class LedgerPosting
{
    private LedgerPosting()
    {
    }

    public long Id { get; private set; }

    public Guid TransactionId { get; private set; }

    public Guid AccountId { get; private set; }

    public LedgerSide Side { get; private set; }

    public long Amount { get; private set; }

    internal static LedgerPosting Of(Guid accountId, LedgerSide side, long amount) => new() { AccountId = accountId, Side = side, Amount = amount };
}
