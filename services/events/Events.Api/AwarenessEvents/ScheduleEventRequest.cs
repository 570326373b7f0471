namespace PatientNetwork.Events.AwarenessEvents;

public sealed record ScheduleEventRequest(string? Title, EventKind? Kind, string? City, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);
