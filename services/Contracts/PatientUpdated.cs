namespace PatientNetwork.Contracts;

/// <summary>Fields other services act on changed (branch, region, diagnosis group, vital status).</summary>
public sealed record PatientUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string? BranchId,
    string DiagnosisGroup,
    string RegionCode,
    string VitalStatus) : IIntegrationEvent;
