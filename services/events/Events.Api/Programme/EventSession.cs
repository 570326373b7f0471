namespace PatientNetwork.Events.Programme;

/// <summary>A session of an event's programme (a lecture, a Q&amp;A, an art-therapy workshop), with optional seats of its own.</summary>
public sealed class EventSession
{
    private EventSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Room { get; private set; }

    /// <summary>Seats of the session, counting every person of a party; null is the event's capacity only.</summary>
    public int? Capacity { get; private set; }

    public List<Speaker> Speakers { get; private set; } = [];

    public static EventSession Plan(Guid eventId, SessionRequest request, DateTimeOffset now)
    {
        var session = new EventSession { Id = Guid.CreateVersion7(now), EventId = eventId };
        session.Change(request);
        return session;
    }

    public void Change(SessionRequest request)
    {
        Title = request.Title!.Trim();
        StartsAt = request.StartsAt!.Value.ToUniversalTime();
        EndsAt = request.EndsAt!.Value.ToUniversalTime();
        Room = string.IsNullOrWhiteSpace(request.Room) ? null : request.Room.Trim();
        Capacity = request.Capacity;
        Speakers = request.Speakers?.Select(s => new Speaker(s.Name.Trim(), s.Role.Trim())).ToList() ?? [];
    }

    public void MoveBy(TimeSpan moved)
    {
        StartsAt += moved;
        EndsAt += moved;
    }

    public EventSession CopyFor(Guid eventId, TimeSpan moved, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EventId = eventId,
        Title = Title,
        StartsAt = StartsAt + moved,
        EndsAt = EndsAt + moved,
        Room = Room,
        Capacity = Capacity,
        // New instances: an owned speaker belongs to one session's row, never shared by two.
        Speakers = Speakers.Select(s => new Speaker(s.Name, s.Role)).ToList(),
    };
}
