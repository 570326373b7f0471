using System.Globalization;
using Npgsql;
using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Postgres;

/// <summary>
/// What DCP cannot do for the PostgreSQL executable: make the data folder reachable for the
/// <c>postgres</c> user, <c>initdb</c> a new cluster, stop a server a crashed run left on the same
/// data, and create the services' databases once it accepts connections.
/// </summary>
internal sealed class PostgresCluster(PostgresServerResource server, string binDirectory, TextWriter log)
{
    private string LogFile => Path.Combine(server.DataDirectory, "initdb.log");

    public async Task PrepareAsync(string password, CancellationToken ct)
    {
        PrepareDirectories();
        await InitializeIfNeededAsync(password, ct);
        // Files created by root (a data directory copied in, say) would otherwise be unwritable for the server.
        await ChownToPostgresAsync(ct);
        await StopLeftoverServerAsync(ct);
    }

    public static async Task CreateDatabasesAsync(string serverConnectionString, IEnumerable<string> databases, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString(serverConnectionString));
        await connection.OpenAsync(ct);
        foreach (var database in databases)
        {
            var quoted = new NpgsqlCommandBuilder().QuoteIdentifier(database);
#pragma warning disable CA2100 // The only variable part is a quoted identifier.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
#pragma warning restore CA2100
            try
            {
                await create.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Kept from an earlier run.
            }
        }
    }

    /// <summary>Without pooling, health probes and admin commands leave no idle session behind to slow a shutdown.</summary>
    public static string AdminConnectionString(string serverConnectionString, string database = "postgres") =>
        $"{serverConnectionString};Database={database};Pooling=false;Timeout=5";

    private void PrepareDirectories()
    {
        var created = new List<string>();
        for (var dir = server.DataDirectory; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
        {
            created.Add(dir);
        }

        Directory.CreateDirectory(server.DataDirectory);
        if (!UnixProcesses.IsRoot || !OperatingSystem.IsLinux())
        {
            return;
        }

        // initdb and postgres refuse to run as root, so they run as the postgres user, which must be able to reach the folder.
        foreach (var dir in created)
        {
            File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.OtherExecute);
        }

        for (var dir = Path.GetDirectoryName(server.DataDirectory); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if ((File.GetUnixFileMode(dir) & UnixFileMode.OtherExecute) == 0)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL runs as user 'postgres', which cannot reach {server.DataDirectory} because {dir} is not world-traversable. " +
                    $"Use a data directory elsewhere or run: chmod o+x {dir}");
            }
        }
    }

    private async Task InitializeIfNeededAsync(string password, CancellationToken ct)
    {
        var cluster = server.ClusterDirectory;
        if (File.Exists(Path.Combine(cluster, "PG_VERSION")))
        {
            return;
        }

        if (Directory.Exists(cluster))
        {
            // Without PG_VERSION this is the remains of an interrupted initdb, not a usable cluster, and initdb needs an empty folder.
            await log.WriteLineAsync($"[postgres] removing incomplete cluster in {cluster}");
            Directory.Delete(cluster, recursive: true);
        }

        var passwordFile = Path.Combine(server.DataDirectory, ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, password + "\n", ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            await ChownToPostgresAsync(ct);
            await log.WriteLineAsync($"[postgres] initialising a new cluster in {cluster}");
            var result = await RunAsPostgresAsync(
                "initdb",
                ["-D", cluster, "-U", PostgresServerResource.Superuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
                ct);
            await File.WriteAllTextAsync(LogFile, result.Output, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"[postgres] initdb failed (exit {result.ExitCode}):{Environment.NewLine}{LogTail.Read(30, LogFile)}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// A server still running on this cluster (its run was killed before it could stop it) holds the
    /// cluster's lock and would make the new one fail; a dead one's pid file is removed by postgres itself.
    /// </summary>
    private async Task StopLeftoverServerAsync(CancellationToken ct)
    {
        if (ReadPostmasterPid() is not { } pid || !UnixProcesses.IsAlive(pid) || UnixProcesses.CommandName(pid) is not ("postgres" or "postmaster"))
        {
            return;
        }

        await log.WriteLineAsync($"[postgres] stopping leftover server pid {pid} on {server.ClusterDirectory}");
        var result = await RunAsPostgresAsync("pg_ctl", ["-D", server.ClusterDirectory, "-m", "fast", "-w", "stop"], ct);
        if (!result.Succeeded)
        {
            await UnixProcesses.TerminateAsync([pid], TimeSpan.FromSeconds(10));
        }
    }

    private int? ReadPostmasterPid()
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(server.ClusterDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private Task ChownToPostgresAsync(CancellationToken ct) =>
        UnixProcesses.IsRoot
            ? Command.RunAsync("chown", ["-R", "postgres:postgres", server.DataDirectory], ct)
            : Task.CompletedTask;

    private Task<CommandResult> RunAsPostgresAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var executable = Path.Combine(binDirectory, tool);
        // The working directory matters: postgres tools complain when they cannot access the app host's (e.g. /root).
        return UnixProcesses.IsRoot
            ? Command.RunAsync(PostgresCommand.SetPriv, [.. PostgresCommand.AsPostgresUser, executable, .. arguments], ct, workingDirectory: server.DataDirectory)
            : Command.RunAsync(executable, arguments, ct, workingDirectory: server.DataDirectory);
    }
}
