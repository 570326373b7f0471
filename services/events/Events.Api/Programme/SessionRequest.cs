namespace PatientNetwork.Events.Programme;

/// <summary>A session of the programme: inside the event's times, with its own limited seats when <c>capacity</c> is set.</summary>
public sealed record SessionRequest(string? Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Room = null, int? Capacity = null, IReadOnlyList<Speaker>? Speakers = null);
