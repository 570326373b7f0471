namespace PatientNetwork.Partnerships.Credentials;

/// <summary>A new credential for a partner: what it is for (a label staff recognise), its scopes and when it expires.</summary>
public sealed record CreateCredentialRequest(string? Label, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt);
