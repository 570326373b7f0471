namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>Moves a published or postponed event online, keeping its date and registrations.</summary>
public sealed record MoveOnlineRequest(string? OnlineUrl);

/// <summary>New times for a postponed event, which is published again.</summary>
public sealed record RescheduleRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);
