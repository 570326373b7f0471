using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Protection;

/// <summary>
/// Keyed hash (HMAC-SHA256, lowercase hex) of a normalised identifier, stored next to its ciphertext so
/// "find the patient with this CIN" is an exact, indexed look-up without keeping the value in clear.
/// Keyed rather than a plain hash because CINs and phone numbers are few enough to brute-force.
/// </summary>
public sealed class BlindIndex
{
    private const string BlindIndexKeyPath = $"{IdentityProtectionOptions.Section}:{nameof(IdentityProtectionOptions.BlindIndexKey)}";

    private readonly byte[] key;

    public BlindIndex(IOptions<IdentityProtectionOptions> options)
    {
        var settings = options.Value;
        key = ProtectionKeyReader.Read(settings.BlindIndexKey, BlindIndexKeyPath);

        // Reusing an encryption key would tie two secrets with different lifecycles (indexes cannot rotate lazily).
        // Compared as bytes so a re-encoded copy of the same key is caught; undecodable keys are FieldEncryptor's to report.
        foreach (var encryptionKey in settings.Keys.Values)
        {
            var buffer = new byte[encryptionKey?.Length ?? 0];
            if (Convert.TryFromBase64String(encryptionKey?.Trim() ?? "", buffer, out var length) && buffer.AsSpan(0, length).SequenceEqual(key))
            {
                throw ProtectionKeyReader.Misconfigured(
                    $"{ProtectionKeyReader.Describe(BlindIndexKeyPath)} must differ from every encryption key.");
            }
        }
    }

    /// <param name="normalizedValue">Already normalised (see <see cref="IdentifierNormalizer"/>): the index matches bytes, not meaning.</param>
    /// <param name="purpose">Field name mixed in, so the same value in two fields gives unrelated indexes.</param>
    public string Compute(string normalizedValue, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalizedValue);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);

        // A sub-key per purpose (HKDF-Expand, info = purpose) separates fields without any ambiguity
        // from concatenating purpose and value.
        var purposeKey = HKDF.Expand(HashAlgorithmName.SHA256, key, ProtectionKeys.KeySizeInBytes, Encoding.UTF8.GetBytes("blind-index:" + purpose));
        return Convert.ToHexStringLower(HMACSHA256.HashData(purposeKey, Encoding.UTF8.GetBytes(normalizedValue)));
    }
}
