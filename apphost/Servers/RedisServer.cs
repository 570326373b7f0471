using System.Globalization;

namespace PatientNetwork.AppHost.Servers;

/// <summary>A non-persistent Redis on 127.0.0.1 whose output goes to <c>dataDirectory/redis.log</c>.</summary>
public sealed class RedisServer : IBackingServer
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _dataDirectory;
    private readonly string _logFile;
    private readonly TextWriter _log;
    private ChildProcess? _process;

    public RedisServer(string dataDirectory, int port, TextWriter log)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(log);
        _dataDirectory = Path.GetFullPath(dataDirectory);
        _logFile = Path.Combine(_dataDirectory, "redis.log");
        Port = port;
        _log = log;
    }

    public string Name => "redis";

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public async Task StartAsync(CancellationToken ct)
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        await DisposeProcessAsync().ConfigureAwait(false);
        Directory.CreateDirectory(_dataDirectory);
        await StopLeftoverServerAsync().ConfigureAwait(false);
        var started = DateTime.UtcNow;
        // Cache only: no RDB snapshots or AOF, so a restart starts empty and shutdown never blocks on a save.
        _process = ChildProcess.Start(
            DebianPackages.RedisServerPath,
            [
                "--port", Port.ToString(CultureInfo.InvariantCulture),
                "--bind", "127.0.0.1",
                "--dir", _dataDirectory,
                "--save", "",
                "--appendonly", "no",
                "--daemonize", "no",
                "--protected-mode", "yes",
                "--logfile", "",
                "--pidfile", PidFile,
            ],
            _logFile);

        try
        {
            await _process.WaitUntilReadyAsync(token => TcpProbe.RedisPongAsync(Port, token), ReadyTimeout, TimeSpan.FromMilliseconds(20), "redis-server", "PING", StartFailure, ct).ConfigureAwait(false);
        }
        catch
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }

        await _log.WriteLineAsync($"[redis] ready on {ConnectionString} after {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms").ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            await UnixProcesses.SignalAsync(_process.Id, "TERM").ConfigureAwait(false);
            if (!await _process.WaitForExitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false))
            {
                _process.Kill();
                await _process.WaitForExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }

            await _log.WriteLineAsync("[redis] stopped").ConfigureAwait(false);
        }

        await DisposeProcessAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private string PidFile => Path.Combine(_dataDirectory, "redis.pid");

    /// <summary>A redis-server orphaned by a crashed AppHost would otherwise keep running on its old port forever.</summary>
    private async Task StopLeftoverServerAsync()
    {
        if (!File.Exists(PidFile)
            || !int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }

        if (UnixProcesses.IsAlive(pid) && UnixProcesses.CommandName(pid) == "redis-server" && UsesOurDirectory(pid))
        {
            await _log.WriteLineAsync($"[redis] stopping leftover server pid {pid} on {_dataDirectory}").ConfigureAwait(false);
            await UnixProcesses.TerminateAsync([pid], TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        File.Delete(PidFile);
    }

    /// <summary>Redis overwrites its command line with its address, but it chdirs into --dir, so the cwd identifies it.</summary>
    private bool UsesOurDirectory(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget == _dataDirectory;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task DisposeProcessAsync()
    {
        if (_process is null)
        {
            return;
        }

        await _process.FlushLogAsync().ConfigureAwait(false);
        _process.Dispose();
        _process = null;
    }

    private InvalidOperationException StartFailure(string message) =>
        new($"[redis] {message}{Environment.NewLine}{LogTail.Read(30, _logFile)}");
}
