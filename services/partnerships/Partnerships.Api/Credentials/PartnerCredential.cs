namespace PatientNetwork.Partnerships.Credentials;

/// <summary>
/// One OAuth2 client of a partner (client credentials). A partner holds several at once so that a secret is rotated
/// without downtime: create the new one, move over, revoke the old. The secret itself lives hashed in OpenIddict's
/// application row (<see cref="ClientId"/>); here are the scopes, expiry, revocation and last use staff see.
/// </summary>
public sealed class PartnerCredential
{
    private PartnerCredential()
    {
    }

    public Guid Id { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string Label { get; private set; } = "";

    public string[] Scopes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public static PartnerCredential Issue(string partnerId, string clientId, string label, IEnumerable<string> scopes, DateTimeOffset expiresAt, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        PartnerId = partnerId,
        ClientId = clientId,
        Label = label,
        Scopes = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        CreatedAt = at,
        CreatedBy = by,
        ExpiresAt = expiresAt,
    };

    public bool IsLiveAt(DateTimeOffset at) => RevokedAt is null && at < ExpiresAt;

    /// <summary>Revokes the credential; false when it already was (revoking twice changes nothing).</summary>
    public bool Revoke(string by, DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        RevokedAt = at;
        RevokedBy = by;
        return true;
    }

    public void MarkUsed(DateTimeOffset at) => LastUsedAt = at;
}
