using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Ledger;

/// <summary>
/// Moves money in an association's fund ledger. Every method runs inside the caller's database
/// transaction: it locks the accounts it touches (<c>SELECT … FOR UPDATE</c>, in id order so two
/// movements never wait for each other in a circle), changes their stored balances and adds the
/// transaction, all committed with the caller's change of state (a claim approved, paid) or not at all.
/// </summary>
public sealed class FundLedger(FundingDbContext db, TimeProvider time)
{
    /// <summary>The association-wide accounts, opened on first use (concurrent openers: the unique code lets one row in).</summary>
    public async Task EnsureAssociationAccountsAsync(string associationId, CancellationToken cancellationToken)
    {
        var codes = LedgerAccountCodes.AssociationAccounts.Select(a => a.Code).ToList();
        if (await db.LedgerAccounts.CountAsync(a => a.AssociationId == associationId && codes.Contains(a.Code), cancellationToken) == codes.Count)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (code, kind, name) in LedgerAccountCodes.AssociationAccounts)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO ledger_accounts (id, association_id, code, name, kind, debits_posted, credits_posted, debits_pending, credits_pending, opened_at)
                VALUES ({Guid.CreateVersion7(now)}, {associationId}, {code}, {name}, {kind.ToString()}, 0, 0, 0, 0, {now})
                ON CONFLICT (association_id, code) DO NOTHING
                """,
                cancellationToken);
        }
    }

    /// <summary>Opens a programme's restricted fund with the programme (same unit of work).</summary>
    public LedgerAccount OpenProgrammeFund(string associationId, Guid programmeId, string programmeName)
    {
        var fund = LedgerAccount.Open(associationId, LedgerAccountCodes.ProgrammeFund(programmeId), $"Restricted fund: {programmeName}", LedgerAccountKind.Fund, programmeId, time.GetUtcNow());
        db.LedgerAccounts.Add(fund);
        return fund;
    }

    /// <summary>
    /// Locks the association's accounts with these codes, in id order, and returns them with
    /// their balances as committed (never a copy loaded before the lock).
    /// </summary>
    public async Task<Dictionary<string, LedgerAccount>> LockAsync(string associationId, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        foreach (var tracked in db.ChangeTracker.Entries<LedgerAccount>().Where(e => e.State == EntityState.Unchanged).ToList())
        {
            tracked.State = EntityState.Detached;
        }

        var codeArray = codes.Distinct(StringComparer.Ordinal).ToArray();
        var accounts = await db.LedgerAccounts
            .FromSql($"SELECT * FROM ledger_accounts WHERE association_id = {associationId} AND code = ANY({codeArray}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        var missing = codeArray.Except(accounts.Select(a => a.Code), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new LedgerConflictException($"The association has no ledger account {string.Join(", ", missing)}.");
        }

        return accounts.ToDictionary(a => a.Code, StringComparer.Ordinal);
    }

    /// <summary>The transaction already recorded under this key, if a request with it was handled before.</summary>
    public Task<LedgerTransaction?> FindAsync(string associationId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.LedgerTransactions.Include(t => t.Postings)
            .FirstOrDefaultAsync(t => t.AssociationId == associationId && t.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <summary>Records a balanced movement between accounts locked by <see cref="LockAsync"/>; pending counts only in the pending sums.</summary>
    public LedgerTransaction Record(
        string associationId, string idempotencyKey, string kind, string memo, string recordedBy, bool pending,
        IReadOnlyList<(LedgerAccount Account, LedgerSide Side, long Amount)> lines, Guid? claimId = null, Guid? reversesId = null)
    {
        if (lines.Any(l => l.Account.AssociationId != associationId))
        {
            throw new LedgerConflictException("A transaction moves money within one association only.");
        }

        var transaction = LedgerTransaction.Create(
            associationId, idempotencyKey, kind, memo, recordedBy, time.GetUtcNow(), pending,
            lines.Select(l => LedgerPosting.Of(l.Account.Id, l.Side, l.Amount)).ToList(), claimId, reversesId);
        // Credits first: a fund receiving and paying in one transaction is judged on its end state.
        foreach (var line in lines.OrderBy(l => l.Side == LedgerSide.Credit ? 0 : 1))
        {
            line.Account.Apply(line.Side, line.Amount, pending);
        }

        db.LedgerTransactions.Add(transaction);
        return transaction;
    }

    /// <summary>Posts (makes real) or voids (releases) a pending transaction, once; its accounts must be locked by the caller.</summary>
    public async Task ResolveAsync(Guid pendingId, bool post, string by, IReadOnlyDictionary<string, LedgerAccount> locked, CancellationToken cancellationToken)
    {
        var pending = await db.LedgerTransactions.Include(t => t.Postings).FirstAsync(t => t.Id == pendingId, cancellationToken);
        pending.Resolve(post, by, time.GetUtcNow());
        var byId = locked.Values.ToDictionary(a => a.Id);
        foreach (var posting in pending.Postings)
        {
            if (!byId.TryGetValue(posting.AccountId, out var account))
            {
                throw new InvalidOperationException($"Account {posting.AccountId} of pending transaction {pendingId} was not locked.");
            }

            account.Resolve(posting.Side, posting.Amount, post);
        }
    }

    /// <summary>Undoes a posted transaction with one that mirrors every posting; its accounts must be locked by the caller.</summary>
    public async Task<LedgerTransaction> ReverseAsync(
        Guid transactionId, string idempotencyKey, string memo, string by, IReadOnlyDictionary<string, LedgerAccount> locked, CancellationToken cancellationToken)
    {
        var original = await db.LedgerTransactions.Include(t => t.Postings).FirstAsync(t => t.Id == transactionId, cancellationToken);
        var byId = locked.Values.ToDictionary(a => a.Id);
        var lines = original.Postings
            .Select(p => (byId[p.AccountId], p.Side == LedgerSide.Debit ? LedgerSide.Credit : LedgerSide.Debit, p.Amount))
            .ToList();
        var reversal = Record(original.AssociationId, idempotencyKey, LedgerTransactionKinds.Reversal, memo, by, pending: false, lines, original.ClaimId, original.Id);
        original.MarkReversedBy(reversal.Id);
        return reversal;
    }

    /// <summary>The codes of the accounts a stored transaction touches, to lock before resolving or reversing it.</summary>
    public async Task<List<string>> AccountCodesOfAsync(Guid transactionId, CancellationToken cancellationToken) =>
        await db.LedgerTransactions.Where(t => t.Id == transactionId)
            .SelectMany(t => t.Postings)
            .Join(db.LedgerAccounts, p => p.AccountId, a => a.Id, (_, a) => a.Code)
            .Distinct()
            .ToListAsync(cancellationToken);
}
