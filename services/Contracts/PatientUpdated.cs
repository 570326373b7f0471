namespace PatientNetwork.Contracts;

/// <summary>
/// Fields other services act on changed (branch, region, diagnosis group, vital status, mobility need).
/// <see cref="MobilityNeed"/> (none, walking-aid, wheelchair or bedridden) is null in messages published before it existed (read: not known).
/// </summary>
public sealed record PatientUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string? BranchId,
    string DiagnosisGroup,
    string RegionCode,
    string VitalStatus,
    string? MobilityNeed = null) : IIntegrationEvent;
