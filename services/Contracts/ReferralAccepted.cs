namespace PatientNetwork.Contracts;

/// <summary>
/// A coordinator accepted a partner's referral: what the Registry's registration form needs to be filled in from it.
/// Carries the child's identity, so only services that register patients may consume it.
/// </summary>
public sealed record ReferralAccepted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReferralId,
    string AssociationId,
    string PartnerId,
    string AcceptedBy,
    string ChildFirstName,
    string ChildLastName,
    DateOnly ChildBirthDate,
    string ChildSex,
    string DiagnosisGroup,
    string DiagnosisCode,
    string RegionCode,
    string FamilyPhone,
    string? FamilyEmail) : IIntegrationEvent;
