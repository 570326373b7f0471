namespace PatientNetwork.Contracts;

/// <summary>A session of an event's programme as the public calendar shows it; speakers are named with their role.</summary>
public sealed record PublicSessionSnapshot(Guid SessionId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Room, IReadOnlyList<PublicSpeaker> Speakers);
