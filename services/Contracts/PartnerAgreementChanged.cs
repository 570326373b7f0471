namespace PatientNetwork.Contracts;

/// <summary>
/// A partner's agreement became active, was terminated or expired: what the partner may be given (its scopes) changed.
/// Carries no contact or document, only what a consumer needs to recompute the partner's access.
/// </summary>
public sealed record PartnerAgreementChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string PartnerId,
    string AssociationId,
    Guid AgreementId,
    string Status,
    IReadOnlyList<string> Scopes,
    DateOnly StartsOn,
    DateOnly? EndsOn) : IIntegrationEvent;
