using PatientNetwork.AppHost.Postgres;

namespace PatientNetwork.AppHost.Servers;

/// <summary>Makes sure the Debian packages providing PostgreSQL, Redis, RabbitMQ and the local SMTP server are installed.</summary>
public static class DebianPackages
{
    internal const string RedisServerPath = "/usr/bin/redis-server";
    internal const string RabbitMqServerPath = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>Debian's own Python, which sees Debian's python3-* modules (a pyenv python3 on PATH would not).</summary>
    internal const string DebianPythonPath = "/usr/bin/python3";
    internal const string AiosmtpdModulePath = "/usr/lib/python3/dist-packages/aiosmtpd";

    private static readonly Dictionary<string, string> AptEnvironment = new(StringComparer.Ordinal)
    {
        ["DEBIAN_FRONTEND"] = "noninteractive",
    };

    /// <summary>
    /// Installs missing packages with apt-get when running as root. Otherwise throws
    /// <see cref="InvalidOperationException"/> whose message is exactly the command the developer has to run.
    /// </summary>
    public static async Task EnsureInstalledAsync(TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        var missing = MissingPackages();
        if (missing.Count == 0)
        {
            return;
        }

        if (!UnixProcesses.IsRoot)
        {
            throw new InvalidOperationException($"sudo apt-get install -y {string.Join(' ', missing)}");
        }

        await log.WriteLineAsync($"Installing {string.Join(", ", missing)} with apt-get (one-off, may take a few minutes)...").ConfigureAwait(false);
        var install = await InstallAsync(missing, ct).ConfigureAwait(false);
        if (!install.Succeeded)
        {
            // Fresh containers and images ship without package lists; refreshing them is slow, so only on demand.
            await log.WriteLineAsync("apt-get install failed; running apt-get update and retrying...").ConfigureAwait(false);
            var update = await Command.RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "update"], ct, AptEnvironment).ConfigureAwait(false);
            if (!update.Succeeded)
            {
                throw new InvalidOperationException($"apt-get update failed (exit {update.ExitCode}):{Environment.NewLine}{Tail(update.Output)}");
            }

            install = await InstallAsync(missing, ct).ConfigureAwait(false);
        }

        if (!install.Succeeded)
        {
            throw new InvalidOperationException($"apt-get install -y {string.Join(' ', missing)} failed (exit {install.ExitCode}):{Environment.NewLine}{Tail(install.Output)}");
        }

        var stillMissing = MissingPackages();
        if (stillMissing.Count > 0)
        {
            throw new InvalidOperationException($"apt-get reported success but {string.Join(", ", stillMissing)} is still missing.");
        }

        await log.WriteLineAsync("Packages installed.").ConfigureAwait(false);
    }

    private static List<string> MissingPackages()
    {
        var missing = new List<string>();
        if (PostgresBinaries.FindBinDirectory() is null)
        {
            missing.Add("postgresql");
        }

        if (!File.Exists(RedisServerPath))
        {
            missing.Add("redis-server");
        }

        if (!File.Exists(RabbitMqServerPath))
        {
            missing.Add("rabbitmq-server");
        }

        if (!Directory.Exists(AiosmtpdModulePath))
        {
            missing.Add("python3-aiosmtpd");
        }

        return missing;
    }

    private static Task<CommandResult> InstallAsync(IEnumerable<string> packages, CancellationToken ct) =>
        // The lock timeout makes us queue behind an unattended-upgrades or another developer's apt run instead of failing.
        Command.RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "install", "-y", .. packages], ct, AptEnvironment);

    private static string Tail(string output) =>
        string.Join(Environment.NewLine, output.Split('\n').TakeLast(30));
}
