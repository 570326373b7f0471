namespace PatientNetwork.Partnerships.Credentials;

/// <summary>How partner access tokens are issued: their issuer, lifetime and keys (ADR 0022).</summary>
public sealed class PartnerTokenOptions
{
    public const string Section = "PartnerTokens";

    public string Issuer { get; set; } = "https://partners.patientnetwork.ma/";

    /// <summary>An access token's lifetime; shorter when the credential expires sooner.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The RSA private key (PKCS#8 PEM) that signs partner tokens; from the secret store in production.</summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>A base64 256-bit key that encrypts partner tokens, so a partner cannot read or alter their content.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>How often token entries that can no longer be used are deleted (<see cref="PartnerTokenPruning"/>).</summary>
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a revoked or expired token's entry is kept before it is pruned: long enough to see, in the entries,
    /// which tokens a credential had when it was revoked.
    /// </summary>
    public TimeSpan KeepUnusableFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The longest a credential may be issued for.</summary>
    public TimeSpan MaxCredentialLifetime { get; set; } = TimeSpan.FromDays(730);
}
