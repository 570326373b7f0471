namespace PatientNetwork.Contracts;

/// <summary>An association put an event on the public calendar. Supersedes <see cref="EventScheduled"/>, which is no longer published.</summary>
public sealed record EventPublished(Guid EventId, DateTimeOffset OccurredAt, Guid AwarenessEventId, PublicEventSnapshot Event) : IIntegrationEvent;
