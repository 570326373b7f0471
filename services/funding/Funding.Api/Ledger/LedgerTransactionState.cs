namespace PatientNetwork.Funding.Ledger;

/// <summary>Where a ledger transaction stands. Only a pending one ever changes state, once.</summary>
public enum LedgerTransactionState
{
    /// <summary>In the balances for good.</summary>
    Posted,

    /// <summary>Reserved: counted in the pending sums, not yet in the posted balances.</summary>
    Pending,

    /// <summary>A pending transaction a later one posted.</summary>
    PendingPosted,

    /// <summary>A pending transaction a later one voided: it no longer counts anywhere.</summary>
    PendingVoided,
}
