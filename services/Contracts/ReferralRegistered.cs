namespace PatientNetwork.Contracts;

/// <summary>
/// The child of an accepted referral now has a record in the Registry (newly registered, or found already there
/// and linked). Carries neither the patient's id nor a name: the referral's partner follows its status only.
/// </summary>
public sealed record ReferralRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReferralId,
    string AssociationId,
    string RegisteredBy) : IIntegrationEvent;
