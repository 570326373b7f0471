namespace PatientNetwork.Contracts;

/// <summary>
/// A patient entered the registry. Carries no name, no national ID and no contact data:
/// consumers get only what they act on. <see cref="ConsentsToMedicineFunding"/> is null in
/// messages published before it existed (read: not known), and so is <see cref="MobilityNeed"/>
/// (none, walking-aid, wheelchair or bedridden: what Funding hands out equipment for).
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
    bool? ConsentsToMedicineFunding = null,
    string? MobilityNeed = null) : IIntegrationEvent;
