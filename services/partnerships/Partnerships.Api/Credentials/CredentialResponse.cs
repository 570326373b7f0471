namespace PatientNetwork.Partnerships.Credentials;

/// <summary>A credential as staff see it, never with its secret.</summary>
public sealed record CredentialResponse(
    Guid Id, string ClientId, string Label, IReadOnlyList<string> Scopes, string Status,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy, DateTimeOffset? LastUsedAt)
{
    public static CredentialResponse From(PartnerCredential credential, DateTimeOffset now) => new(
        credential.Id, credential.ClientId, credential.Label, credential.Scopes,
        credential.RevokedAt is not null ? "revoked" : credential.ExpiresAt <= now ? "expired" : "live",
        credential.CreatedAt, credential.CreatedBy, credential.ExpiresAt, credential.RevokedAt, credential.RevokedBy, credential.LastUsedAt);
}
