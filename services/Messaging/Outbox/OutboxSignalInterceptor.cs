using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// Wakes the outbox relay once new outbox rows are visible to it: right after saving, or, when the
/// save ran inside an explicit transaction, after that transaction commits (a wake-up before the
/// commit finds nothing, and the relay would sleep until its next poll).
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> awaitingCommit = [];
    private OutboxCommitInterceptor? commitInterceptor;

    /// <summary>Its partner that hears of commits and rollbacks; EF Core takes the two kinds of interceptor apart.</summary>
    public OutboxCommitInterceptor CommitInterceptor => commitInterceptor ??= new(this);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            if (context.Database.CurrentTransaction is null)
            {
                signal.Notify();
            }
            else
            {
                awaitingCommit.AddOrUpdate(context, signal);
            }
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Ended(DbContext? context, bool committed)
    {
        if (context is not null && awaitingCommit.Remove(context) && committed)
        {
            signal.Notify();
        }
    }

    internal sealed class OutboxCommitInterceptor(OutboxSignalInterceptor owner) : DbTransactionInterceptor
    {
        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Ended(eventData.Context, committed: true);
            return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        {
            owner.Ended(eventData.Context, committed: true);
            base.TransactionCommitted(transaction, eventData);
        }

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Ended(eventData.Context, committed: false);
            return base.TransactionRolledBackAsync(transaction, eventData, cancellationToken);
        }
    }
}
