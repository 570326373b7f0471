using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.Series;

/// <summary>A series with its rule, its next dates (local, Africa/Casablanca) and the editions drafted so far.</summary>
public sealed record SeriesResponse(
    Guid Id,
    string Title,
    EventKind Kind,
    string? City,
    string? Venue,
    string RecurrenceRule,
    DateTime FirstStartsLocal,
    int DurationMinutes,
    string TimeZone,
    IReadOnlyList<DateOnly> Occurrences,
    IReadOnlyList<SeriesEdition> Editions);

/// <summary>One year's edition: the date the rule gave it, the event, its status and when it actually starts.</summary>
public sealed record SeriesEdition(DateOnly OccurrenceDate, Guid EventId, EventStatus Status, DateTimeOffset StartsAt);
