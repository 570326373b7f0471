using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// An event's reminder pass, run with the event's row locked (by the sweeper or by staff) in the transaction that
/// records it on the event: a second pass, on this or another instance, waits for the lock, then finds the pass
/// recorded and is refused, so each registrant is reminded once.
/// </summary>
public sealed class ReminderPass(EventsDbContext db, RegistrantNotices notices, TimeProvider time, ILogger<ReminderPass> logger)
{
    /// <returns>How many registrations are reminded.</returns>
    public async Task<int> QueueAsync(AwarenessEvent lockedEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lockedEvent);
        lockedEvent.QueueReminders(time.GetUtcNow());
        var holding = await db.Registrations
            .Where(r => r.EventId == lockedEvent.Id && r.Status == RegistrationStatus.Registered)
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        // A start moved back to one already reminded finds those reminders queued: they were reminded of this very start.
        var reminded = await db.Notifications
            .Where(n => n.EventId == lockedEvent.Id && n.Kind == NotificationKind.Reminder)
            .Select(n => n.Key)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var registration in holding.Where(r => ReminderRule.IsReminded(r.Status)))
        {
            var prefix = RegistrantNotices.ReminderKey(registration.Id, lockedEvent.StartsAt) + ":";
            if (reminded.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            notices.Remind(lockedEvent, registration);
            count++;
        }

        Log.RemindersQueued(logger, lockedEvent.Id, count);
        return count;
    }
}
