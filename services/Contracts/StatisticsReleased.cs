namespace PatientNetwork.Contracts;

/// <summary>A new release of the de-identified statistics is published; partners fetch it by its version.</summary>
public sealed record StatisticsReleased(
    Guid EventId,
    DateTimeOffset OccurredAt,
    int Version) : IIntegrationEvent;
