namespace PatientNetwork.Events.Programme;

public sealed record SessionResponse(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Room, int? Capacity, IReadOnlyList<Speaker> Speakers)
{
    public static SessionResponse From(EventSession s) => new(s.Id, s.Title, s.StartsAt, s.EndsAt, s.Room, s.Capacity, s.Speakers);
}
