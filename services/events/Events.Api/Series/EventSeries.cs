using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.Series;

/// <summary>
/// A recurring event, such as World CML Day every 22 September: an iCalendar rule
/// (<c>FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22</c>) from a first start in local time of Africa/Casablanca. Each
/// year's edition is an event of its own (moved or cancelled without touching the others), drafted from the
/// last edition's programme.
/// </summary>
public sealed class EventSeries
{
    public const string TimeZone = "Africa/Casablanca";

    private EventSeries()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string Title { get; private set; } = "";

    public EventKind Kind { get; private set; }

    public Audience Audience { get; private set; }

    public string? City { get; private set; }

    public string? Venue { get; private set; }

    /// <summary>The RRULE value, without the <c>RRULE:</c> name.</summary>
    public string RecurrenceRule { get; private set; } = "";

    /// <summary>The first edition's start, as a wall-clock time in <see cref="TimeZone"/>.</summary>
    public DateTime FirstStartsLocal { get; private set; }

    public TimeSpan Duration { get; private set; }

    public int Sequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public static EventSeries Start(CreateSeriesRequest request, string? cityCode, string rule, string associationId, string? branchId, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        BranchId = branchId,
        Title = request.Title!.Trim(),
        Kind = request.Kind!.Value,
        Audience = request.Audience ?? Audience.Public,
        City = cityCode,
        Venue = string.IsNullOrWhiteSpace(request.Venue) ? null : request.Venue.Trim(),
        RecurrenceRule = rule,
        FirstStartsLocal = DateTime.SpecifyKind(request.FirstStartsLocal!.Value, DateTimeKind.Unspecified),
        Duration = TimeSpan.FromMinutes(request.DurationMinutes!.Value),
        CreatedAt = now,
        CreatedBy = createdBy,
    };
}
