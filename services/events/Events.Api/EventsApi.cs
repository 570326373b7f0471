namespace PatientNetwork.Events;

/// <summary>Marks the Events.Api assembly for hosts and tests (every service's Program is named Program).</summary>
public sealed class EventsApi;
