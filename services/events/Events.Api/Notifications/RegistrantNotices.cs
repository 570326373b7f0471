using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Places;
using PatientNetwork.Events.Registrations;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// Queues notices to registrants in the caller's transaction (the one that locks the event and makes the change),
/// one row per channel the registrant gave: an email when it gave an email, an SMS when it gave a phone. Each row's
/// key names the notice once (registration, kind, channel and what makes it unique), so it is never queued twice.
/// </summary>
public sealed class RegistrantNotices(EventsDbContext db, TimeProvider time, EventCities cities)
{
    /// <summary>Who hears of a change or a cancellation of the event: everyone holding, offered or awaiting a place.</summary>
    public static readonly IReadOnlyList<RegistrationStatus> Concerned = [RegistrationStatus.Registered, RegistrationStatus.Offered, RegistrationStatus.Waitlisted];

    /// <summary>The confirmation of a new registration (registered or waitlisted), or of an offer taken up.</summary>
    public void Confirm(AwarenessEvent awarenessEvent, Registration registration)
    {
        var kind = registration.Status == RegistrationStatus.Waitlisted ? NotificationKind.WaitlistConfirmed : NotificationKind.RegistrationConfirmed;
        Queue(awarenessEvent, registration, kind, $"{kind}:{registration.Id}");
    }

    /// <summary>The offer of a freed place, with its expiry.</summary>
    public void Offer(AwarenessEvent awarenessEvent, Registration registration) =>
        Queue(awarenessEvent, registration, NotificationKind.PlaceOffered, $"{NotificationKind.PlaceOffered}:{registration.Id}", registration.OfferExpiresAt);

    /// <summary>The reminder of the event at its current start; a start moved later gets a reminder of its own.</summary>
    public void Remind(AwarenessEvent awarenessEvent, Registration registration) =>
        Queue(awarenessEvent, registration, NotificationKind.Reminder, ReminderKey(registration.Id, awarenessEvent.StartsAt));

    /// <summary>Tells every concerned registrant of a change of the event (its sequence number makes each change a notice of its own).</summary>
    public async Task<int> TellConcernedAsync(AwarenessEvent awarenessEvent, NotificationKind kind, CancellationToken cancellationToken)
    {
        var concerned = await db.Registrations
            .Where(r => r.EventId == awarenessEvent.Id && Concerned.Contains(r.Status))
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        foreach (var registration in concerned)
        {
            Queue(awarenessEvent, registration, kind, $"{kind}:{registration.Id}:{awarenessEvent.Sequence}");
        }

        return concerned.Count;
    }

    public static string ReminderKey(Guid registrationId, DateTimeOffset startsAt) =>
        $"{NotificationKind.Reminder}:{registrationId}:{startsAt.ToUnixTimeSeconds()}";

    private void Queue(AwarenessEvent awarenessEvent, Registration registration, NotificationKind kind, string key, DateTimeOffset? offerExpiresAt = null)
    {
        var now = time.GetUtcNow();
        var facts = new NotificationFacts(
            awarenessEvent.Title,
            awarenessEvent.StartsAt,
            awarenessEvent.Venue,
            cities.Find(awarenessEvent.City),
            awarenessEvent.OnlineUrl,
            awarenessEvent.Status == EventStatus.MovedOnline || awarenessEvent.City is null,
            offerExpiresAt);
        if (registration.EmailCiphertext is not null)
        {
            db.Notifications.Add(Notification.Queue(awarenessEvent.Id, registration.Id, kind, NotificationChannel.Email, $"{key}:email", registration.Language, facts, now));
        }

        if (registration.PhoneCiphertext is not null)
        {
            db.Notifications.Add(Notification.Queue(awarenessEvent.Id, registration.Id, kind, NotificationChannel.Sms, $"{key}:sms", registration.Language, facts, now));
        }
    }
}
