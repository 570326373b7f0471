using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Messaging.Retention;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// On every instance, every <see cref="NotificationOptions.PruneEvery"/>: deletes the notifications sent or given up
/// more than <see cref="NotificationOptions.KeepSentFor"/> ago, in batches picked with SKIP LOCKED (instances prune side
/// by side without deleting twice). Rows still waiting to go out are never pruned, however old.
/// </summary>
/// <remarks>
/// A row's unique key only has to outlive the races that could queue its notice twice (two reminder passes, two
/// sweeps of one offer), which are settled in minutes; every later path is guarded by a state of its own (an event's
/// <c>reminders_queued_at</c>, a registration's status), so a pruned key is never queued again.
/// </remarks>
public sealed class NotificationPruner(IServiceScopeFactory scopes, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationPruner> logger)
    : IntervalJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.PruneEvery;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await PruneAsync(cancellationToken);
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var before = Time.GetUtcNow() - settings.KeepSentFor;
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<EventsDbContext>().Database;
        var total = await BatchedDelete.UntilShortAsync(settings.PruneBatchSize, () => database.ExecuteSqlAsync(
            $"""
            DELETE FROM notifications WHERE id IN (
                SELECT id FROM notifications WHERE sent_at < {before} OR abandoned_at < {before}
                LIMIT {settings.PruneBatchSize} FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken));

        if (total > 0)
        {
            Log.NotificationsPruned(Logger, total, before);
        }

        return total;
    }
}
