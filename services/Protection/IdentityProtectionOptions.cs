namespace PatientNetwork.Protection;

/// <summary>
/// Keys protecting direct identifiers (CIN, phone, address), bound from the "IdentityProtection" section.
/// Environment form: IdentityProtection__Keys__v1=&lt;base64 32 bytes&gt;, IdentityProtection__CurrentKeyVersion=v1,
/// IdentityProtection__BlindIndexKey=&lt;base64 32 bytes&gt;.
/// </summary>
public sealed class IdentityProtectionOptions
{
    public const string Section = "IdentityProtection";

    /// <summary>Version -> base64 AES-256 key. Old versions stay listed after rotation so old values remain readable.</summary>
    public Dictionary<string, string> Keys { get; set; } = new();

    /// <summary>Version used for every new encryption.</summary>
    public string CurrentKeyVersion { get; set; } = "";

    /// <summary>
    /// Base64 HMAC-SHA256 key for blind indexes. Kept apart from the encryption keys because it cannot be rotated
    /// without recomputing every index, while encryption keys rotate lazily.
    /// </summary>
    public string BlindIndexKey { get; set; } = "";
}
