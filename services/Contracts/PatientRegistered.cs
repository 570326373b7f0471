namespace PatientNetwork.Contracts;

/// <summary>
/// A patient entered the registry. Carries no name, no national ID and no contact data:
/// consumers get only what they act on. <see cref="ConsentsToMedicineFunding"/> is null in
/// messages published before it existed (read: not known), and so is <see cref="MobilityNeed"/>
/// (none, walking-aid, wheelchair or bedridden: what Funding hands out equipment for).
/// <see cref="DateOfBirth"/> (when the registry knows it) and <see cref="BirthYear"/> let Funding
/// refuse a medicine dispensed before birth; both null in messages published before they existed.
/// <see cref="Sex"/> (female, male, undetermined or unknown) feeds the statistics by age band and sex; null in
/// messages published before it existed.
/// <see cref="FamilyId"/> is shared by patients whose guardians share a phone (siblings), so Funding
/// can hold a cap per family; null in messages published before it existed (read: a family of one).
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
    string? MobilityNeed = null,
    DateOnly? DateOfBirth = null,
    int? BirthYear = null,
    string? Sex = null,
    Guid? FamilyId = null) : IIntegrationEvent;
