using System.Security.Cryptography;
using System.Text.Json;

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
    string? EventsEncryptionKey = null)
{
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
            EventsEncryptionKey = secrets.EventsEncryptionKey ?? NewKey(),
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

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
