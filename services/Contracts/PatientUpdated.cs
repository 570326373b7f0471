namespace PatientNetwork.Contracts;

/// <summary>
/// Fields other services act on changed (branch, region, diagnosis group, vital status, mobility need).
/// <see cref="MobilityNeed"/> (none, walking-aid, wheelchair or bedridden) is null in messages published before it existed (read: not known).
/// <see cref="DateOfBirth"/>, <see cref="BirthYear"/> (a correction reaches Funding's age-based rules) and
/// <see cref="FamilyId"/> (siblings: patients whose guardians share a phone) are null in messages published
/// before they existed (read: unchanged).
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
    string? MobilityNeed = null,
    DateOnly? DateOfBirth = null,
    int? BirthYear = null,
    Guid? FamilyId = null) : IIntegrationEvent;
