namespace PatientNetwork.Contracts;

/// <summary>
/// The referring partner withdrew a referral the association had already accepted: the Registry stops waiting to
/// register the child and clears what it held for it.
/// </summary>
public sealed record ReferralCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReferralId,
    string AssociationId) : IIntegrationEvent;
