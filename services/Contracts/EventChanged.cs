namespace PatientNetwork.Contracts;

/// <summary>A public event changed (details, times, programme, moved online, postponed, or taken off the calendar); carries the whole new snapshot.</summary>
public sealed record EventChanged(Guid EventId, DateTimeOffset OccurredAt, Guid AwarenessEventId, PublicEventSnapshot Event) : IIntegrationEvent;
