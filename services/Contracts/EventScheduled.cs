namespace PatientNetwork.Contracts;

/// <summary>An association scheduled a public awareness event.</summary>
public sealed record EventScheduled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AwarenessEventId,
    string AssociationId,
    string Title,
    string Kind,
    string City,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt) : IIntegrationEvent;
