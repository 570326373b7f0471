using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>Applies an event's snapshot to the calendar: added when new, followed when newer, ignored when older.</summary>
public static class PublicCalendarFollower
{
    public static async Task FollowAsync(PartnershipsDbContext db, Guid eventId, PublicEventSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shown = await db.PublicEvents.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (shown is null)
        {
            db.PublicEvents.Add(PublicEvent.From(eventId, snapshot, now));
        }
        else
        {
            shown.Follow(snapshot, now);
        }

        await WebhookOutbox.CalendarEventFollowedAsync(db, eventId, now, cancellationToken);
    }
}
