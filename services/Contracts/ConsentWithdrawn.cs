namespace PatientNetwork.Contracts;

/// <summary>Consent for one purpose was withdrawn; every service stops that use of the patient's data.</summary>
public sealed record ConsentWithdrawn(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string Purpose) : IIntegrationEvent;
