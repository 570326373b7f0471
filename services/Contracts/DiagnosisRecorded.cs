namespace PatientNetwork.Contracts;

/// <summary>A coded diagnosis was added to a patient's record (ORPHAcode and/or ICD-10).</summary>
public sealed record DiagnosisRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string DiagnosisGroup,
    string? OrphaCode,
    string? Icd10) : IIntegrationEvent;
