namespace PatientNetwork.Contracts;

/// <summary>
/// A patient entered the registry. Carries no name, no national ID and no contact data:
/// consumers get only what they act on. <see cref="ConsentsToMedicineFunding"/> is null in
/// messages published before it existed (read: not known).
/// </summary>
public sealed record PatientRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PatientId,
    string AssociationId,
    string? BranchId,
    string DiagnosisGroup,
    string RegionCode,
    bool ConsentsToStatistics,
    bool? ConsentsToMedicineFunding = null) : IIntegrationEvent;
