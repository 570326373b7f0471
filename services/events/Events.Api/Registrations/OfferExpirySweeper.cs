using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// On every instance, every few seconds: finds events with offers past their time and, one event at a time under
/// its row lock, passes each expired offer to the next party in line. Two instances sweeping the same event take
/// turns on the lock; the second finds nothing left to expire, so no place is offered twice. Each sweep also prunes
/// the public registration limit's rows of windows that have ended (they count nothing any more).
/// </summary>
public sealed class OfferExpirySweeper(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<WaitingListOptions> options, IOptions<PublicRegistrationLimitOptions> limits, ILogger<OfferExpirySweeper> logger)
    : IntervalJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.SweepEvery;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        await PruneEndedWindowsAsync(cancellationToken);
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        List<Guid> events;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            var now = Time.GetUtcNow();
            events = await db.Registrations
                .Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
                .Select(r => r.EventId).Distinct().Take(100).ToListAsync(cancellationToken);
        }

        foreach (var eventId in events)
        {
            using var scope = scopes.CreateScope();
            var desk = scope.ServiceProvider.GetRequiredService<RegistrationDesk>();
            var awarenessEvent = await desk.LockEventAsync(eventId, null, cancellationToken);
            if (awarenessEvent is null)
            {
                continue;
            }

            var expired = await desk.ExpireOffersAsync(awarenessEvent, cancellationToken);
            await desk.CommitAsync(cancellationToken);
            if (expired > 0)
            {
                Log.OffersExpired(Logger, expired, eventId);
            }
        }
    }

    /// <summary>Deletes the counts of public registration windows that have ended.</summary>
    public async Task<int> PruneEndedWindowsAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var endedBefore = Time.GetUtcNow() - limits.Value.Window;
        var pruned = await db.PublicRegistrationWindows.Where(w => w.WindowStart <= endedBefore).ExecuteDeleteAsync(cancellationToken);
        if (pruned > 0)
        {
            Notifications.Log.WindowsPruned(Logger, pruned);
        }

        return pruned;
    }
}
