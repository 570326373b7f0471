using System.Diagnostics;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Running;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class DemoTwoFactorTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "patientnetwork-secrets-test", Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_secrets_file_from_before_two_factor_sign_in_loads_and_gets_a_demo_secret_and_key()
    {
        Directory.CreateDirectory(dataDirectory);
        var old = LocalSecrets.LoadOrCreate(dataDirectory) with { DemoTwoFactorSecret = null, TwoFactorEncryptionKey = null };
        File.WriteAllText(Path.Combine(dataDirectory, "secrets.json"), System.Text.Json.JsonSerializer.Serialize(old));

        var loaded = LocalSecrets.LoadOrCreate(dataDirectory);

        Assert.Equal(old.DemoStaffPassword, loaded.DemoStaffPassword);
        Assert.Matches("^[A-Z2-7]{32}$", loaded.DemoTwoFactorSecret);
        Assert.Equal(32, Convert.FromBase64String(loaded.TwoFactorEncryptionKey!).Length);
        Assert.Equal(loaded, LocalSecrets.LoadOrCreate(dataDirectory));
    }

    [Fact]
    public void The_banner_s_python_one_liner_prints_the_code_the_gateway_expects()
    {
        Directory.CreateDirectory(dataDirectory);
        var secrets = LocalSecrets.LoadOrCreate(dataDirectory);
        var command = Banner.CodeCommand(secrets.DemoTwoFactorSecret!);
        var script = command["python3 -c '".Length..^1];

        var before = DateTimeOffset.UtcNow;
        using var python = Process.Start(new ProcessStartInfo("python3", ["-c", script]) { RedirectStandardOutput = true })!;
        var printed = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        var after = DateTimeOffset.UtcNow;

        Assert.Equal(0, python.ExitCode);
        Assert.Contains(printed, new[] { secrets.DemoTwoFactorCode(before), secrets.DemoTwoFactorCode(after) });
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
