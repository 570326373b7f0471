using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;
using PatientNetwork.ServiceDefaults.Jobs;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// On every instance, every <see cref="NotificationOptions.ReminderSweepEvery"/>: finds the events whose start is
/// within the reminder lead time and whose pass has not run, and runs each pass under the event's row lock (checking
/// again once locked, since another instance may have run it meanwhile).
/// </summary>
public sealed class ReminderSweeper(IServiceScopeFactory scopes, TimeProvider time, IOptions<NotificationOptions> options, ILogger<ReminderSweeper> logger)
    : IntervalJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.ReminderSweepEvery;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var lead = options.Value.ReminderLeadTime;
        List<Guid> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            var now = Time.GetUtcNow();
            var horizon = now + lead;
            due = await db.AwarenessEvents
                .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.MovedOnline)
                    && e.RemindersQueuedAt == null && e.StartsAt > now && e.StartsAt <= horizon)
                .OrderBy(e => e.StartsAt)
                .Select(e => e.Id)
                .Take(100)
                .ToListAsync(cancellationToken);
        }

        foreach (var eventId in due)
        {
            using var scope = scopes.CreateScope();
            var desk = scope.ServiceProvider.GetRequiredService<RegistrationDesk>();
            var pass = scope.ServiceProvider.GetRequiredService<ReminderPass>();
            var awarenessEvent = await desk.LockEventAsync(eventId, null, cancellationToken);
            if (awarenessEvent is not null && ReminderRule.IsDue(awarenessEvent, Time.GetUtcNow(), lead))
            {
                await pass.QueueAsync(awarenessEvent, cancellationToken);
            }

            await desk.CommitAsync(cancellationToken);
        }
    }
}
