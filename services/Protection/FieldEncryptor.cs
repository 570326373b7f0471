using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Protection;

/// <summary>
/// Encrypts direct identifiers at rest with AES-256-GCM. Output: "&lt;version&gt;:&lt;base64(nonce|ciphertext|tag)&gt;".
/// The version prefix selects the key on decryption, so values written before a rotation stay readable.
/// The purpose ("cin", "phone", "address") is the associated data: a ciphertext copied into another column fails to decrypt.
/// </summary>
public sealed class FieldEncryptor
{
    private const int NonceSize = 12; // 96 bits: the size GCM is designed for; random nonces stay safe up to ~2^32 values per key, far beyond a registry.
    private const int TagSize = 16;   // full 128-bit tag: truncated tags weaken forgery resistance.
    private const char VersionSeparator = ':';

    private readonly Dictionary<string, byte[]> keys;
    private readonly string currentVersion;

    public FieldEncryptor(IOptions<IdentityProtectionOptions> options)
    {
        var settings = options.Value;
        // Configuration keys are case-insensitive, so versions are too: "V1" and "v1" must not name different keys.
        keys = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (version, base64) in settings.Keys)
        {
            var path = ProtectionKeyReader.KeyPath(version);
            if (string.IsNullOrWhiteSpace(version) || version.Contains(VersionSeparator, StringComparison.Ordinal))
            {
                throw ProtectionKeyReader.Misconfigured($"{ProtectionKeyReader.Describe(path)} has an invalid version name.");
            }

            if (!keys.TryAdd(version, ProtectionKeyReader.Read(base64, path)))
            {
                throw ProtectionKeyReader.Misconfigured($"{ProtectionKeyReader.Describe(path)} is defined twice.");
            }
        }

        var currentPath = $"{IdentityProtectionOptions.Section}:{nameof(IdentityProtectionOptions.CurrentKeyVersion)}";
        if (string.IsNullOrWhiteSpace(settings.CurrentKeyVersion))
        {
            throw ProtectionKeyReader.Misconfigured($"{ProtectionKeyReader.Describe(currentPath)} is missing.");
        }

        if (!keys.ContainsKey(settings.CurrentKeyVersion))
        {
            throw ProtectionKeyReader.Misconfigured(
                $"{ProtectionKeyReader.Describe(currentPath)} is '{settings.CurrentKeyVersion}' but " +
                $"{ProtectionKeyReader.Describe(ProtectionKeyReader.KeyPath(settings.CurrentKeyVersion))} is missing.");
        }

        currentVersion = settings.CurrentKeyVersion;
    }

    public string Encrypt(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);

        var clear = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + clear.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        // A new AesGcm per call: instances are not documented as thread-safe and this class is a singleton.
        using var aes = new AesGcm(keys[currentVersion], TagSize);
        aes.Encrypt(nonce, clear, payload.AsSpan(NonceSize, clear.Length), payload.AsSpan(NonceSize + clear.Length), Encoding.UTF8.GetBytes(purpose));

        return currentVersion + VersionSeparator + Convert.ToBase64String(payload);
    }

    /// <exception cref="CryptographicException">The value was tampered with, is malformed, or belongs to another purpose.</exception>
    /// <exception cref="InvalidOperationException">The value was written with a key version that is not configured.</exception>
    public string Decrypt(string ciphertext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);

        var separator = ciphertext.IndexOf(VersionSeparator, StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new CryptographicException("The value is not a protected field: it has no key version prefix.");
        }

        var version = ciphertext[..separator];
        if (!keys.TryGetValue(version, out var key))
        {
            // Not a CryptographicException: the data may be fine, the configuration lost a key that is still in use.
            throw new InvalidOperationException(
                $"The value was encrypted with key version '{version}', which is not configured. " +
                $"Add {ProtectionKeyReader.Describe(ProtectionKeyReader.KeyPath(version))} back until every value is re-encrypted.");
        }

        var encoded = ciphertext.AsSpan(separator + 1);
        var payload = new byte[encoded.Length];
        if (!Convert.TryFromBase64Chars(encoded, payload, out var length) || length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected value is malformed.");
        }

        var cipherLength = length - NonceSize - TagSize;
        var clear = new byte[cipherLength];
        using var aes = new AesGcm(key, TagSize);
        // Throws AuthenticationTagMismatchException (a CryptographicException) on tampering or on a wrong purpose.
        aes.Decrypt(
            payload.AsSpan(0, NonceSize),
            payload.AsSpan(NonceSize, cipherLength),
            payload.AsSpan(NonceSize + cipherLength, TagSize),
            clear,
            Encoding.UTF8.GetBytes(purpose));

        return Encoding.UTF8.GetString(clear);
    }

    /// <summary>How every value encrypted with the current key begins, so stale values can be found in SQL.</summary>
    public string CurrentVersionPrefix => currentVersion + VersionSeparator;

    /// <summary>False when the value was written with an older key, so a rotation job knows to re-encrypt it.</summary>
    public bool IsCurrent(string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var separator = ciphertext.IndexOf(VersionSeparator, StringComparison.Ordinal);
        return separator > 0 && string.Equals(ciphertext[..separator], currentVersion, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Optional fields: absent (null or empty) stays null rather than storing an encrypted empty string.</summary>
    public string? EncryptOrNull(string? plaintext, string purpose) =>
        string.IsNullOrEmpty(plaintext) ? null : Encrypt(plaintext, purpose);

    public string? DecryptOrNull(string? ciphertext, string purpose) =>
        string.IsNullOrEmpty(ciphertext) ? null : Decrypt(ciphertext, purpose);
}
