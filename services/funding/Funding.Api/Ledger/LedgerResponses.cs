namespace PatientNetwork.Funding.Ledger;

/// <summary>An account with its stored sums; <c>balance</c> on its normal side, <c>available</c> less what pending transactions promise.</summary>
public sealed record LedgerAccountResponse(
    Guid Id, string Code, string Name, LedgerAccountKind Kind, Guid? ProgrammeId,
    long DebitsPosted, long CreditsPosted, long DebitsPending, long CreditsPending, long Balance, long Available, string Currency)
{
    public static LedgerAccountResponse From(LedgerAccount a) => new(
        a.Id, a.Code, a.Name, a.Kind, a.ProgrammeId, a.DebitsPosted, a.CreditsPosted, a.DebitsPending, a.CreditsPending, a.Balance, a.Available, "MAD");
}

public sealed record LedgerPostingResponse(Guid AccountId, LedgerSide Side, long Amount);

public sealed record LedgerTransactionResponse(
    Guid Id, string Kind, LedgerTransactionState State, long Amount, string Currency, string Memo, DateTimeOffset At, string RecordedBy,
    Guid? ClaimId, Guid? ReversesId, Guid? ReversedById, DateTimeOffset? ResolvedAt, IReadOnlyList<LedgerPostingResponse> Postings)
{
    public static LedgerTransactionResponse From(LedgerTransaction t) => new(
        t.Id, t.Kind, t.State, t.Amount, "MAD", t.Memo, t.At, t.RecordedBy, t.ClaimId, t.ReversesId, t.ReversedById, t.ResolvedAt,
        t.Postings.Select(p => new LedgerPostingResponse(p.AccountId, p.Side, p.Amount)).ToList());
}

/// <summary>One posting of an account's statement.</summary>
public sealed record AccountPostingResponse(long Id, Guid TransactionId, string Kind, LedgerTransactionState State, LedgerSide Side, long Amount, DateTimeOffset At, string Memo);
