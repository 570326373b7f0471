using System.Security.Cryptography;
using System.Text.Json;
using OtpNet;

namespace PatientNetwork.AppHost.Model;

/// <summary>
/// Passwords and keys for local runs, generated on first use and kept in the git-ignored data
/// directory (mode 600), so nothing secret is ever committed and a reused data directory keeps
/// working with the same credentials.
/// </summary>
public sealed record LocalSecrets(
    string PostgresPassword,
    string RabbitMqPassword,
    string SigningKeyPem,
    string DemoStaffPassword,
    string? IdentityEncryptionKey = null,
    string? BlindIndexKey = null,
    string? DemoTwoFactorSecret = null,
    string? TwoFactorEncryptionKey = null,
    string? EventsEncryptionKey = null,
    string? FundingEncryptionKey = null,
    string? FundingBlindIndexKey = null,
    string? PartnerTokenSigningKeyPem = null,
    string? PartnerTokenEncryptionKey = null,
    string? PartnershipsEncryptionKey = null,
    string? EventsBlindIndexKey = null)
{
    /// <summary>Seconds of one TOTP step (RFC 6238's default, what authenticator apps use).</summary>
    public const int TwoFactorStepSeconds = 30;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string PublicKeyPem
    {
        get
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(SigningKeyPem);
            return rsa.ExportSubjectPublicKeyInfoPem();
        }
    }

    public static LocalSecrets LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "secrets.json");
        LocalSecrets secrets;
        if (File.Exists(path))
        {
            secrets = JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} is empty; delete it or run with --fresh.");
        }
        else
        {
            using var rsa = RSA.Create(2048);
            secrets = new LocalSecrets(NewPassword(), NewPassword(), rsa.ExportPkcs8PrivateKeyPem(), NewPassword());
        }

        // Data folders made before a secret existed get it added, not regenerated wholesale.
        var completed = secrets with
        {
            IdentityEncryptionKey = secrets.IdentityEncryptionKey ?? NewKey(),
            BlindIndexKey = secrets.BlindIndexKey ?? NewKey(),
            DemoTwoFactorSecret = secrets.DemoTwoFactorSecret ?? Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20)).TrimEnd('='),
            TwoFactorEncryptionKey = secrets.TwoFactorEncryptionKey ?? NewKey(),
            EventsEncryptionKey = secrets.EventsEncryptionKey ?? NewKey(),
            FundingEncryptionKey = secrets.FundingEncryptionKey ?? NewKey(),
            FundingBlindIndexKey = secrets.FundingBlindIndexKey ?? NewKey(),
            PartnerTokenSigningKeyPem = secrets.PartnerTokenSigningKeyPem ?? NewRsaKeyPem(),
            PartnerTokenEncryptionKey = secrets.PartnerTokenEncryptionKey ?? NewKey(),
            PartnershipsEncryptionKey = secrets.PartnershipsEncryptionKey ?? NewKey(),
            EventsBlindIndexKey = secrets.EventsBlindIndexKey ?? NewKey(),
        };
        if (completed != secrets || !File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllText(path, JsonSerializer.Serialize(completed, Json));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return completed;
    }

    /// <summary>The demo accounts' 6-digit code of the TOTP step that contains <paramref name="at"/>.</summary>
    public string DemoTwoFactorCode(DateTimeOffset at) =>
        new Totp(Base32Encoding.ToBytes(DemoTwoFactorSecret!), TwoFactorStepSeconds, OtpHashMode.Sha1, 6).ComputeTotp(at.UtcDateTime);

    private static string NewRsaKeyPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
