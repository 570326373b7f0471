using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.Reports;

/// <summary>
/// One event's figures, in people (every adult and child of a party): places held (as <c>CapacityRule</c> counts
/// them), people waitlisted, people who came, people who did not come, people who cancelled.
/// </summary>
public sealed record EventReportRow(
    Guid EventId,
    string Title,
    string? City,
    Audience Audience,
    EventKind Kind,
    EventStatus Status,
    DateTimeOffset StartsAt,
    int? Capacity,
    int PlacesHeld,
    int Waitlisted,
    int Attended,
    int NoShows,
    int Cancelled);
