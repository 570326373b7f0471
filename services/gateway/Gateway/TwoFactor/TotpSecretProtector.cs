using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Gateway.TwoFactor;

/// <summary>
/// Encrypts a TOTP secret with AES-256-GCM under the configured key, bound to its account (the account id
/// is the associated data, so a secret copied to another row does not decrypt). Stored as <c>v1:</c> and
/// base64 of nonce, ciphertext and tag; the version leaves room for a key rotation.
/// </summary>
public sealed class TotpSecretProtector
{
    private const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] key;

    public TotpSecretProtector(IOptions<TwoFactorOptions> options)
    {
        var configured = options.Value.SecretEncryptionKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException("TwoFactor:SecretEncryptionKey is not configured. The app host sets TwoFactor__SecretEncryptionKey for local runs; in production take it from the secret store.");
        }

        key = Convert.FromBase64String(configured);
        if (key.Length != 32)
        {
            throw new InvalidOperationException("TwoFactor:SecretEncryptionKey must be the base64 of 32 random bytes.");
        }
    }

    public string Protect(Guid accountId, byte[] secret)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = new byte[secret.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(key, TagSize))
        {
            aes.Encrypt(nonce, secret, cipher, tag, AssociatedData(accountId));
        }

        return Version + Convert.ToBase64String([.. nonce, .. cipher, .. tag]);
    }

    /// <exception cref="CryptographicException">The value was not written by this key for this account.</exception>
    public byte[] Unprotect(Guid accountId, string protectedSecret)
    {
        if (!protectedSecret.StartsWith(Version, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown TOTP secret format.");
        }

        var bytes = Convert.FromBase64String(protectedSecret[Version.Length..]);
        var nonce = bytes.AsSpan(0, NonceSize);
        var tag = bytes.AsSpan(bytes.Length - TagSize);
        var cipher = bytes.AsSpan(NonceSize, bytes.Length - NonceSize - TagSize);
        var secret = new byte[cipher.Length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, cipher, tag, secret, AssociatedData(accountId));
        return secret;
    }

    private static byte[] AssociatedData(Guid accountId) => Encoding.ASCII.GetBytes($"staff-totp:{accountId:N}");
}
