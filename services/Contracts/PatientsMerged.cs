namespace PatientNetwork.Contracts;

/// <summary>Two records were the same person; <see cref="MergedPatientId"/> now points to <see cref="SurvivingPatientId"/>.</summary>
public sealed record PatientsMerged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SurvivingPatientId,
    Guid MergedPatientId,
    string AssociationId) : IIntegrationEvent;
