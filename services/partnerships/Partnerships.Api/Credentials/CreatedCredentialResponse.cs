namespace PatientNetwork.Partnerships.Credentials;

/// <summary>A new credential with its secret, which is shown this once and stored only as a hash.</summary>
public sealed record CreatedCredentialResponse(Guid Id, string ClientId, string ClientSecret, string Label, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
