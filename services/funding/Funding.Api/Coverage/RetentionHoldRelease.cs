using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// Lifts Funding's retention hold on a patient once the accounting records are past their legal
/// time: no claim of the patient (or of a record merged into them) is still open, and the last step
/// of every one is older than <see cref="RetentionOptions.Years"/>. The Registry is told with
/// <c>RetentionHoldChanged</c> in the same transaction, and may then erase the record if the family
/// asks. Accounts are locked with SKIP LOCKED, so two instances never release one twice.
/// </summary>
public sealed partial class RetentionHoldRelease(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionHoldRelease> logger) : IntervalJob(time, logger)
{
    public const string ReleaseReason = "No medicine claim or payment for this patient is within the 10-year retention of accounting records any more (law 9-88, article 22).";

    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.Value.CheckEvery;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await ReleaseDueAsync(cancellationToken) == BatchSize)
        {
        }
    }

    /// <summary>Releases up to one batch of holds that have run their time; answers how many.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        var now = Time.GetUtcNow();
        var lastKeptStep = now.AddYears(-options.Value.Years);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // xmin is a system column, which a.* leaves out; EF Core reads it as the row version.
        var due = await db.CoverageAccounts.FromSqlInterpolated($"""
            SELECT a.*, a.xmin FROM coverage_accounts a
            WHERE a.retention_held AND NOT EXISTS (
                SELECT 1 FROM claims c
                WHERE (c.patient_id = a.patient_id OR c.patient_id = ANY(a.former_patient_ids))
                  AND (c.status IN ('Submitted', 'InReview', 'InformationRequested', 'Approved', 'PartiallyApproved', 'PayoutScheduled')
                       OR EXISTS (SELECT 1 FROM claim_transitions t WHERE t.claim_id = c.id AND t.at > {lastKeptStep})))
            ORDER BY a.patient_id
            LIMIT {BatchSize}
            FOR UPDATE OF a SKIP LOCKED
            """).ToListAsync(cancellationToken);

        foreach (var account in due.Where(account => account.ReleaseRetentionHold()))
        {
            db.AddIntegrationEvent(new RetentionHoldChanged(Guid.CreateVersion7(now), now, account.PatientId, account.AssociationId, "funding", false, ReleaseReason));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0)
        {
            LogReleased(Logger, due.Count);
        }

        return due.Count;
    }

    [LoggerMessage(EventId = 8151, Level = LogLevel.Information, Message = "Released {Count} retention holds past the retention of accounting records")]
    private static partial void LogReleased(ILogger logger, int count);
}
