using System.Security.Cryptography;
using System.Text.Json;

namespace PatientNetwork.AppHost.Model;

/// <summary>
/// Passwords and keys for local runs, generated on first use and kept in the git-ignored data
/// directory (mode 600), so nothing secret is ever committed and a reused data directory keeps
/// working with the same credentials.
/// </summary>
public sealed record LocalSecrets(string PostgresPassword, string RabbitMqPassword, string SigningKeyPem, string DemoStaffPassword)
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
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} is empty; delete it or run with --fresh.");
        }

        using var rsa = RSA.Create(2048);
        var secrets = new LocalSecrets(NewPassword(), NewPassword(), rsa.ExportPkcs8PrivateKeyPem(), NewPassword());
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, JsonSerializer.Serialize(secrets, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secrets;
    }

    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
