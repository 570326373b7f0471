using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Claims.Usage;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Ledger;

/// <summary>
/// Proves an association's ledger adds up: posted debits equal posted credits (and pending
/// likewise), and every account's stored sums equal the sums recomputed from its postings;
/// and that the claims' running usage rows equal their recomputed sums.
/// </summary>
public static class LedgerReconciliation
{
    public static async Task<ReconciliationResponse> RunAsync(FundingDbContext db, string associationId, TimeProvider time, CancellationToken cancellationToken)
    {
        var accounts = await db.LedgerAccounts.AsNoTracking().Where(a => a.AssociationId == associationId).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var sums = await db.LedgerTransactions.AsNoTracking()
            .Where(t => t.AssociationId == associationId && t.State != LedgerTransactionState.PendingVoided)
            .SelectMany(t => t.Postings, (t, p) => new { Pending = t.State == LedgerTransactionState.Pending, p.AccountId, p.Side, p.Amount })
            .GroupBy(p => new { p.AccountId, p.Side, p.Pending })
            .Select(g => new { g.Key.AccountId, g.Key.Side, g.Key.Pending, Total = g.Sum(p => p.Amount) })
            .ToListAsync(cancellationToken);

        long Sum(Guid? account, LedgerSide side, bool pending) =>
            sums.Where(s => (account is null || s.AccountId == account) && s.Side == side && s.Pending == pending).Sum(s => s.Total);

        var lines = accounts.Select(a => new ReconciledAccount(
            a.Id, a.Code,
            new BalanceSums(a.DebitsPosted, a.CreditsPosted, a.DebitsPending, a.CreditsPending),
            new BalanceSums(Sum(a.Id, LedgerSide.Debit, false), Sum(a.Id, LedgerSide.Credit, false), Sum(a.Id, LedgerSide.Debit, true), Sum(a.Id, LedgerSide.Credit, true))))
            .ToList();
        var posted = new SideTotals(Sum(null, LedgerSide.Debit, false), Sum(null, LedgerSide.Credit, false));
        var pending = new SideTotals(Sum(null, LedgerSide.Debit, true), Sum(null, LedgerSide.Credit, true));
        var mismatched = lines.Where(l => l.Stored != l.Recomputed).ToList();
        var usage = await CoverageUsageReconciliation.RunAsync(db, associationId, cancellationToken);
        return new ReconciliationResponse(
            time.GetUtcNow(),
            posted.Debits == posted.Credits && pending.Debits == pending.Credits && mismatched.Count == 0 && usage.Mismatched.Count == 0,
            posted,
            pending,
            lines.Count,
            mismatched,
            usage.Checked,
            usage.Mismatched);
    }
}

public sealed record BalanceSums(long DebitsPosted, long CreditsPosted, long DebitsPending, long CreditsPending);

public sealed record SideTotals(long Debits, long Credits);

public sealed record ReconciledAccount(Guid AccountId, string Code, BalanceSums Stored, BalanceSums Recomputed);

/// <summary>
/// The reconciliation's verdict: <c>reconciled</c> only when both sides balance, no account's stored sums differ from its
/// postings, and no claim usage row (what the cap and budget checks read) differs from its claims' covered lines.
/// </summary>
public sealed record ReconciliationResponse(
    DateTimeOffset CheckedAt,
    bool Reconciled,
    SideTotals Posted,
    SideTotals Pending,
    int AccountsChecked,
    IReadOnlyList<ReconciledAccount> MismatchedAccounts,
    int UsageRowsChecked,
    IReadOnlyList<UsageMismatch> MismatchedUsage);
