using System.Text.Json;
using PatientNetwork.Contracts;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Series;

namespace PatientNetwork.Events.Publishing;

/// <summary>
/// The messages Partnerships' public calendar follows. Each carries the event's whole public snapshot at its
/// <see cref="AwarenessEvent.Sequence"/>, so the follower applies the newest and ignores one that arrives late.
/// </summary>
public static class CalendarMessages
{
    /// <summary>The message for an event after a change, or null when the public never saw it and still does not.</summary>
    public static IIntegrationEvent? After(AwarenessEvent e, bool wasListed, DateTimeOffset now)
    {
        if (!e.IsOnPublicCalendar && !wasListed)
        {
            return null;
        }

        var snapshot = Snapshot(e);
        return (wasListed, e.Status) switch
        {
            (_, EventStatus.Cancelled) => new EventCancelled(Guid.CreateVersion7(now), now, e.Id, snapshot),
            (false, _) => new EventPublished(Guid.CreateVersion7(now), now, e.Id, snapshot),
            _ => new EventChanged(Guid.CreateVersion7(now), now, e.Id, snapshot),
        };
    }

    public static EventSeriesPublished For(EventSeries s, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, s.Id, s.AssociationId, s.Sequence, s.Title, Kebab(s.Kind.ToString()), s.City ?? "", s.Venue,
            s.RecurrenceRule, s.FirstStartsLocal, s.Duration, EventSeries.TimeZone);

    public static PublicEventSnapshot Snapshot(AwarenessEvent e) => new(
        e.AssociationId,
        e.Sequence,
        e.IsOnPublicCalendar,
        e.Title,
        Kebab(e.Kind.ToString()),
        Kebab(e.Audience.ToString()),
        Kebab(e.Status.ToString()),
        e.City ?? "",
        e.Venue,
        e.OnlineUrl,
        e.Partners,
        e.DescriptionAr,
        e.DescriptionFr,
        e.DescriptionEn,
        e.StartsAt,
        e.EndsAt,
        e.Capacity,
        e.SeriesId,
        e.OccurrenceDate,
        e.Sessions.OrderBy(s => s.StartsAt)
            .Select(s => new PublicSessionSnapshot(s.Id, s.Title, s.StartsAt, s.EndsAt, s.Room, s.Speakers.Select(p => new PublicSpeaker(p.Name, p.Role)).ToList()))
            .ToList());

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
