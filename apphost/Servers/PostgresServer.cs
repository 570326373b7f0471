using System.Globalization;
using Npgsql;

namespace PatientNetwork.AppHost.Servers;

/// <summary>
/// A PostgreSQL cluster kept in <c>dataDirectory/pgdata</c>, logging to <c>dataDirectory/postgres.log</c>,
/// reachable only over TCP on 127.0.0.1.
/// </summary>
public sealed class PostgresServer : IBackingServer
{
    private const string Superuser = "postgres";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _dataDirectory;
    private readonly string _pgData;
    private readonly string _logFile;
    private readonly string _password;
    private readonly TextWriter _log;
    private string? _binDirectory;
    private bool _mayBeRunning;

    public PostgresServer(string dataDirectory, int port, string superuserPassword, TextWriter log)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(superuserPassword);
        ArgumentNullException.ThrowIfNull(log);
        _dataDirectory = Path.GetFullPath(dataDirectory);
        _pgData = Path.Combine(_dataDirectory, "pgdata");
        _logFile = Path.Combine(_dataDirectory, "postgres.log");
        Port = port;
        _password = superuserPassword;
        _log = log;
    }

    public string Name => "postgres";

    public int Port { get; }

    public string ConnectionString(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Password = _password,
            Database = database,
        };
        return builder.ConnectionString;
    }

    public async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync(ct).ConfigureAwait(false);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        // Identifiers cannot be parameters; doubling quotes is PostgreSQL's own quoting rule.
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
#pragma warning disable CA2100 // The only variable part is a quoted identifier.
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
#pragma warning restore CA2100
        try
        {
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another caller created it between our check and our CREATE.
        }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        if (_mayBeRunning && IsPostmasterAlive())
        {
            return;
        }

        _binDirectory = PostgresBinaries.FindBinDirectory()
            ?? throw new InvalidOperationException("PostgreSQL is not installed; call DebianPackages.EnsureInstalledAsync first.");

        PrepareDirectories();
        await InitializeClusterIfNeededAsync(ct).ConfigureAwait(false);
        // Files created by root (the log, a data directory copied in) would otherwise be unwritable for the server.
        await ChownToPostgresAsync(ct).ConfigureAwait(false);
        await ClearLeftoverServerAsync(ct).ConfigureAwait(false);

        var started = DateTime.UtcNow;
        _mayBeRunning = true;
        try
        {
            var options = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
            var result = await RunAsPostgresAsync(
                "pg_ctl",
                ["-D", _pgData, "-l", _logFile, "-o", options, "-w", "-t", "60", "start"],
                ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw StartFailure($"pg_ctl start failed (exit {result.ExitCode}): {result.Output.Trim()}");
            }

            await WaitUntilAcceptingAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }

        await _log.WriteLineAsync($"[postgres] ready on 127.0.0.1:{Port} after {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms (data {_pgData})").ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (!_mayBeRunning || _binDirectory is null)
        {
            return;
        }

        var postmaster = ReadPostmasterPid();
        // Fast mode rolls back open transactions and disconnects clients; smart mode would wait on every pooled connection.
        var result = await RunAsPostgresAsync("pg_ctl", ["-D", _pgData, "-m", "fast", "-w", "-t", "60", "stop"], CancellationToken.None)
            .ConfigureAwait(false);
        if (!result.Succeeded && postmaster is { } pid && UnixProcesses.IsAlive(pid))
        {
            await _log.WriteLineAsync($"[postgres] pg_ctl stop failed ({result.Output.Trim()}); terminating pid {pid}").ConfigureAwait(false);
            await UnixProcesses.TerminateAsync([pid], TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        if (postmaster is { } p)
        {
            await UnixProcesses.WaitForExitAsync([p], TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        _mayBeRunning = false;
        await _log.WriteLineAsync("[postgres] stopped").ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private string AdminConnectionString() =>
        // Without pooling, readiness probes and admin commands leave no idle sessions that would slow a fast shutdown.
        ConnectionString("postgres") + ";Pooling=false;Timeout=5";

    private void PrepareDirectories()
    {
        var created = new List<string>();
        for (var dir = _dataDirectory; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
        {
            created.Add(dir);
        }

        Directory.CreateDirectory(_dataDirectory);
        if (!UnixProcesses.IsRoot || !OperatingSystem.IsLinux())
        {
            return;
        }

        // initdb and postgres refuse to run as root, so they run as the postgres user, which must be able to reach the directory.
        foreach (var dir in created)
        {
            File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.OtherExecute);
        }

        for (var dir = Path.GetDirectoryName(_dataDirectory); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if ((File.GetUnixFileMode(dir) & UnixFileMode.OtherExecute) == 0)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL runs as user 'postgres', which cannot reach {_dataDirectory} because {dir} is not world-traversable. " +
                    $"Use a data directory elsewhere or run: chmod o+x {dir}");
            }
        }
    }

    private async Task InitializeClusterIfNeededAsync(CancellationToken ct)
    {
        if (File.Exists(Path.Combine(_pgData, "PG_VERSION")))
        {
            return;
        }

        if (Directory.Exists(_pgData))
        {
            // Without PG_VERSION this is the remains of an interrupted initdb, not a usable cluster, and initdb needs an empty directory.
            await _log.WriteLineAsync($"[postgres] removing incomplete cluster in {_pgData}").ConfigureAwait(false);
            Directory.Delete(_pgData, recursive: true);
        }

        var passwordFile = Path.Combine(_dataDirectory, ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, _password + "\n", ct).ConfigureAwait(false);
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            await ChownToPostgresAsync(ct).ConfigureAwait(false);
            await _log.WriteLineAsync($"[postgres] initialising new cluster in {_pgData}").ConfigureAwait(false);
            var result = await RunAsPostgresAsync(
                "initdb",
                ["-D", _pgData, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
                ct).ConfigureAwait(false);
            await File.AppendAllTextAsync(_logFile, result.Output, ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw StartFailure($"initdb failed (exit {result.ExitCode}).");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// A postmaster.pid left by a crashed AppHost either belongs to a server still running on our data
    /// (stop it: it may listen on another port) or to a dead one (remove the file so pg_ctl does not refuse to start).
    /// </summary>
    private async Task ClearLeftoverServerAsync(CancellationToken ct)
    {
        var pidFile = Path.Combine(_pgData, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        if (ReadPostmasterPid() is { } pid && UnixProcesses.IsAlive(pid) && UnixProcesses.CommandName(pid) is "postgres" or "postmaster")
        {
            await _log.WriteLineAsync($"[postgres] stopping leftover server pid {pid} on {_pgData}").ConfigureAwait(false);
            var result = await RunAsPostgresAsync("pg_ctl", ["-D", _pgData, "-m", "fast", "-w", "stop"], ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                await UnixProcesses.TerminateAsync([pid], TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }

            return;
        }

        await _log.WriteLineAsync($"[postgres] removing stale {pidFile}").ConfigureAwait(false);
        File.Delete(pidFile);
    }

    private int? ReadPostmasterPid()
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(_pgData, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private bool IsPostmasterAlive() => ReadPostmasterPid() is { } pid && UnixProcesses.IsAlive(pid);

    private async Task WaitUntilAcceptingAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString());
                await connection.OpenAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidPassword)
            {
                throw StartFailure(
                    $"The postgres password was rejected. The cluster in {_pgData} was initialised with a different password; " +
                    "reuse that password or delete the data directory.");
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                throw StartFailure($"PostgreSQL did not accept connections within {ReadyTimeout.TotalSeconds:F0} s: {ex.Message}");
            }
        }
    }

    private Task ChownToPostgresAsync(CancellationToken ct) =>
        UnixProcesses.IsRoot
            ? Command.RunAsync("chown", ["-R", "postgres:postgres", _dataDirectory], ct)
            : Task.CompletedTask;

    private Task<CommandResult> RunAsPostgresAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var executable = Path.Combine(_binDirectory!, tool);
        // The working directory matters: postgres tools complain when they cannot access the AppHost's (e.g. /root).
        return UnixProcesses.IsRoot
            ? Command.RunAsync(RunUser, ["-u", "postgres", "--", executable, .. arguments], ct, workingDirectory: _dataDirectory)
            : Command.RunAsync(executable, arguments, ct, workingDirectory: _dataDirectory);
    }

    private static string RunUser => File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser";

    private InvalidOperationException StartFailure(string message) =>
        new($"[postgres] {message}{Environment.NewLine}{LogTail.Read(30, _logFile)}");
}
