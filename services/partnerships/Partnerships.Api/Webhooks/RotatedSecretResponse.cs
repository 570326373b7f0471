namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>The new signing secret, shown this once; deliveries carry both signatures until <see cref="PreviousSecretExpiresAt"/>.</summary>
public sealed record RotatedSecretResponse(string Secret, DateTimeOffset PreviousSecretExpiresAt);
