namespace PatientNetwork.Protection;

/// <summary>Decodes configured keys, failing with a message that tells the operator which setting to fix and where keys come from.</summary>
internal static class ProtectionKeyReader
{
    private const string WhereKeysComeFrom =
        "For local runs the app host generates these keys; in production they come from the secret store.";

    /// <summary>Decodes a base64 key of exactly 32 bytes; <paramref name="configKey"/> is the setting's name, e.g. "IdentityProtection:Keys:v1".</summary>
    public static byte[] Read(string? base64, string configKey)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw Misconfigured($"{Describe(configKey)} is missing.");
        }

        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var length))
        {
            throw Misconfigured($"{Describe(configKey)} is not valid base64.");
        }

        if (length != ProtectionKeys.KeySizeInBytes)
        {
            throw Misconfigured(
                $"{Describe(configKey)} must be {ProtectionKeys.KeySizeInBytes} bytes encoded in base64, but it is {length} bytes.");
        }

        return buffer[..length];
    }

    /// <summary>Names a setting both ways, since keys usually arrive as environment variables.</summary>
    public static string Describe(string configKey) => $"'{configKey}' (environment variable {configKey.Replace(":", "__", StringComparison.Ordinal)})";

    public static InvalidOperationException Misconfigured(string problem) =>
        new($"Identity protection is misconfigured: {problem} {WhereKeysComeFrom}");

    /// <summary>Configuration path of an encryption key, as operators see it.</summary>
    public static string KeyPath(string version) => $"{IdentityProtectionOptions.Section}:{nameof(IdentityProtectionOptions.Keys)}:{version}";
}
