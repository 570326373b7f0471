namespace PatientNetwork.Contracts;

/// <summary>A staff admin revoked a partner's credential: its tokens stop working at once; caches of it must go.</summary>
public sealed record PartnerCredentialRevoked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string PartnerId,
    string AssociationId,
    Guid CredentialId,
    string ClientId) : IIntegrationEvent;
