namespace PatientNetwork.Partnerships.Calendar;

/// <summary>A recurring event on the calendar, written to the .ics feed as one VEVENT with its RRULE; its editions are its exceptions.</summary>
public sealed class PublicSeries
{
    private PublicSeries()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public int Sequence { get; private set; } = -1;

    public string Title { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string City { get; private set; } = "";

    public string? Venue { get; private set; }

    public string RecurrenceRule { get; private set; } = "";

    public DateTime FirstStartsLocal { get; private set; }

    public TimeSpan Duration { get; private set; }

    public string TimeZone { get; private set; } = "";

    public static PublicSeries New(Guid id) => new() { Id = id };

    public bool Follow(Contracts.EventSeriesPublished message)
    {
        if (message.Sequence <= Sequence)
        {
            return false;
        }

        AssociationId = message.AssociationId;
        Sequence = message.Sequence;
        Title = message.Title;
        Kind = message.Kind;
        City = message.City;
        Venue = message.Venue;
        RecurrenceRule = message.RecurrenceRule;
        FirstStartsLocal = DateTime.SpecifyKind(message.FirstStartsLocal, DateTimeKind.Unspecified);
        Duration = message.Duration;
        TimeZone = message.TimeZone;
        return true;
    }
}
