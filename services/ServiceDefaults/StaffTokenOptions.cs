namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// How staff tokens are checked. The gateway signs with its RSA private key; services hold only the
/// public key, so a compromised service cannot mint tokens. Keys come from configuration
/// (the app host generates them for local runs), never from the repository.
/// </summary>
public sealed class StaffTokenOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "patientnetwork-gateway";

    public string Audience { get; set; } = "patientnetwork";

    public string? PublicKeyPem { get; set; }
}
