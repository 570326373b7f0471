using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Registrations;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// When reminders go out and to whom. An event's reminder pass runs once per start, when the start is within the lead
/// time (or when staff send the reminders early), and reminds the parties that hold a place at that moment
/// (registered). A party registered or given a place after the pass gets its confirmation only, which already holds
/// the date, the place and the code: nobody is reminded twice, and nobody waits for a second pass that never comes.
/// </summary>
public static class ReminderRule
{
    /// <summary>True when the sweeper should run the event's reminder pass now.</summary>
    public static bool IsDue(AwarenessEvent awarenessEvent, DateTimeOffset now, TimeSpan leadTime)
    {
        ArgumentNullException.ThrowIfNull(awarenessEvent);
        return awarenessEvent.Status is EventStatus.Published or EventStatus.MovedOnline
            && awarenessEvent.RemindersQueuedAt is null
            && now < awarenessEvent.StartsAt
            && awarenessEvent.StartsAt - now <= leadTime;
    }

    /// <summary>Whether the pass reminds this registration: it holds a place (an offer not yet taken has its own notice).</summary>
    public static bool IsReminded(RegistrationStatus status) => status == RegistrationStatus.Registered;
}
