namespace PatientNetwork.Contracts;

/// <summary>A public event was cancelled; the calendar keeps showing it as cancelled (iCalendar STATUS:CANCELLED).</summary>
public sealed record EventCancelled(Guid EventId, DateTimeOffset OccurredAt, Guid AwarenessEventId, PublicEventSnapshot Event) : IIntegrationEvent;
