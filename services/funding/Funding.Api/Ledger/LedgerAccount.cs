namespace PatientNetwork.Funding.Ledger;

/// <summary>
/// One account of an association's fund ledger, with its balances stored as four running sums
/// (as TigerBeetle keeps them): posted and pending debits and credits. The sums change only
/// with a posting in the same database transaction, under the row's lock, and can always be
/// recomputed from the immutable postings (<see cref="LedgerReconciliation"/>).
/// </summary>
public sealed class LedgerAccount
{
    private LedgerAccount()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public LedgerAccountKind Kind { get; private set; }

    /// <summary>Set on a programme's restricted fund.</summary>
    public Guid? ProgrammeId { get; private set; }

    public long DebitsPosted { get; private set; }

    public long CreditsPosted { get; private set; }

    public long DebitsPending { get; private set; }

    public long CreditsPending { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>A fund can never spend more than it received, pending reservations included.</summary>
    public bool DebitsMustNotExceedCredits => Kind == LedgerAccountKind.Fund;

    public LedgerSide NormalSide => Kind == LedgerAccountKind.Asset ? LedgerSide.Debit : LedgerSide.Credit;

    /// <summary>Posted balance on the account's normal side (what a fund holds, what the bank has).</summary>
    public long Balance => NormalSide == LedgerSide.Debit ? DebitsPosted - CreditsPosted : CreditsPosted - DebitsPosted;

    /// <summary>What is left once pending movements away from the normal side are counted as gone: a fund's money not yet promised.</summary>
    public long Available => NormalSide == LedgerSide.Debit
        ? DebitsPosted - CreditsPosted - CreditsPending
        : CreditsPosted - DebitsPosted - DebitsPending;

    public static LedgerAccount Open(string associationId, string code, string name, LedgerAccountKind kind, Guid? programmeId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Code = code,
        Name = name,
        Kind = kind,
        ProgrammeId = programmeId,
        OpenedAt = now,
    };

    /// <summary>Adds a new posting to the running sums; refuses a fund debit it cannot cover.</summary>
    internal void Apply(LedgerSide side, long amount, bool pending)
    {
        if (side == LedgerSide.Debit && DebitsMustNotExceedCredits && DebitsPosted + DebitsPending + amount > CreditsPosted)
        {
            throw new LedgerConflictException($"The {Name} holds {Available} centimes not yet promised; {amount} cannot be taken from it.");
        }

        switch (side, pending)
        {
            case (LedgerSide.Debit, true): DebitsPending += amount; break;
            case (LedgerSide.Debit, false): DebitsPosted += amount; break;
            case (LedgerSide.Credit, true): CreditsPending += amount; break;
            default: CreditsPosted += amount; break;
        }
    }

    /// <summary>A pending posting leaves the pending sums: posted (moved to the posted sums) or voided (dropped).</summary>
    internal void Resolve(LedgerSide side, long amount, bool post)
    {
        if (side == LedgerSide.Debit)
        {
            DebitsPending -= amount;
            DebitsPosted += post ? amount : 0;
        }
        else
        {
            CreditsPending -= amount;
            CreditsPosted += post ? amount : 0;
        }
    }
}
