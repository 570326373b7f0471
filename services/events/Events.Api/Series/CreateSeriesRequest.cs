using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.Series;

/// <summary>
/// A recurring event: <c>recurrenceRule</c> an iCalendar RRULE (with or without <c>RRULE:</c>), from
/// <c>firstStartsLocal</c>, a wall-clock time in Africa/Casablanca without offset (<c>2026-09-22T09:00:00</c>).
/// </summary>
public sealed record CreateSeriesRequest(
    string? Title,
    EventKind? Kind,
    string? City,
    string? RecurrenceRule,
    DateTime? FirstStartsLocal,
    int? DurationMinutes,
    string? Venue = null,
    Audience? Audience = null);
