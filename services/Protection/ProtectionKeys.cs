using System.Security.Cryptography;

namespace PatientNetwork.Protection;

/// <summary>Generates keys for local runs; the app host injects them so no key is ever committed.</summary>
public static class ProtectionKeys
{
    /// <summary>Size of every protection key: 32 bytes is AES-256, and for HMAC-SHA256 it matches the hash output (full strength).</summary>
    public const int KeySizeInBytes = 32;

    /// <summary>Base64 of 32 bytes from the OS CSPRNG.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySizeInBytes));
}
