namespace PatientNetwork.Funding.Ledger;

/// <summary>
/// A balanced money movement of one association's fund ledger, with the idempotency key it was
/// asked with (unique in the association, so a retried request finds it instead of moving money
/// twice). Its postings never change; a posted transaction is undone only by a reversal, a new
/// transaction with every posting on the other side. A pending transaction (a reservation) is
/// posted or voided once, in place: its postings then count as posted, or no longer at all.
/// </summary>
public sealed class LedgerTransaction
{
    private LedgerTransaction()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string IdempotencyKey { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string Memo { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public LedgerTransactionState State { get; private set; }

    /// <summary>When a pending transaction was posted or voided, and by whom.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedBy { get; private set; }

    /// <summary>On a reversal: the transaction it undoes.</summary>
    public Guid? ReversesId { get; private set; }

    /// <summary>Set once a reversal undid this transaction, so it is undone at most once.</summary>
    public Guid? ReversedById { get; private set; }

    /// <summary>The claim the movement pays or reserves for, if any.</summary>
    public Guid? ClaimId { get; private set; }

    public long Amount { get; private set; }

    public List<LedgerPosting> Postings { get; private set; } = [];

    public bool IsPending => State == LedgerTransactionState.Pending;

    internal static LedgerTransaction Create(
        string associationId, string idempotencyKey, string kind, string memo, string recordedBy, DateTimeOffset at, bool pending,
        IReadOnlyList<LedgerPosting> postings, Guid? claimId, Guid? reversesId = null)
    {
        if (postings.Count < 2 || postings.Any(p => p.Amount <= 0))
        {
            throw new LedgerConflictException("A transaction has at least two postings, each of a positive amount.");
        }

        var debits = postings.Where(p => p.Side == LedgerSide.Debit).Sum(p => p.Amount);
        var credits = postings.Where(p => p.Side == LedgerSide.Credit).Sum(p => p.Amount);
        if (debits != credits)
        {
            throw new LedgerConflictException($"Debits ({debits}) and credits ({credits}) differ; a transaction must balance.");
        }

        return new LedgerTransaction
        {
            Id = Guid.CreateVersion7(at),
            AssociationId = associationId,
            IdempotencyKey = idempotencyKey,
            Kind = kind,
            Memo = memo,
            RecordedBy = recordedBy,
            At = at,
            State = pending ? LedgerTransactionState.Pending : LedgerTransactionState.Posted,
            ReversesId = reversesId,
            ClaimId = claimId,
            Amount = debits,
            Postings = postings.ToList(),
        };
    }

    /// <summary>Marks this pending transaction posted or voided; a second resolution is refused.</summary>
    internal void Resolve(bool post, string by, DateTimeOffset at)
    {
        if (State != LedgerTransactionState.Pending)
        {
            throw new LedgerConflictException($"Transaction {Id} is {State}, not pending: it was resolved already.");
        }

        State = post ? LedgerTransactionState.PendingPosted : LedgerTransactionState.PendingVoided;
        ResolvedAt = at;
        ResolvedBy = by;
    }

    /// <summary>Records the reversal that undid this transaction; a posted transaction is reversed once.</summary>
    internal void MarkReversedBy(Guid reversalId)
    {
        if (State is not (LedgerTransactionState.Posted or LedgerTransactionState.PendingPosted))
        {
            throw new LedgerConflictException($"Transaction {Id} is {State}: only a posted transaction is reversed (a pending one is voided).");
        }

        if (ReversedById is not null)
        {
            throw new LedgerConflictException($"Transaction {Id} was reversed already by {ReversedById}.");
        }

        ReversedById = reversalId;
    }
}
