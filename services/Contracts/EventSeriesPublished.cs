namespace PatientNetwork.Contracts;

/// <summary>
/// A recurring event (World CML Day every 22 September) for the public calendar: its iCalendar rule from its first
/// start, in local time of <see cref="TimeZone"/>. Its editions travel as events naming the series and the date
/// the rule gave them; a moved or cancelled edition is an exception of the series.
/// </summary>
public sealed record EventSeriesPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SeriesId,
    string AssociationId,
    int Sequence,
    string Title,
    string Kind,
    string City,
    string? Venue,
    string RecurrenceRule,
    DateTime FirstStartsLocal,
    TimeSpan Duration,
    string TimeZone) : IIntegrationEvent;
