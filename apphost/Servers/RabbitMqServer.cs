using System.Globalization;

namespace PatientNetwork.AppHost.Servers;

/// <summary>
/// A single RabbitMQ node on 127.0.0.1 with its own Erlang cookie, port mapper (epmd) and Mnesia database
/// under <c>dataDirectory</c>, so it neither needs nor disturbs a system-wide RabbitMQ.
/// </summary>
public sealed class RabbitMqServer : IBackingServer
{
    private const string NodeName = "patientnetwork@localhost";
    private const string EpmdPath = "/usr/bin/epmd";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _dataDirectory;
    private readonly string _consoleLog;
    private readonly string _user;
    private readonly string _password;
    private readonly TextWriter _log;
    private ChildProcess? _process;
    private int _epmdPort;

    public RabbitMqServer(string dataDirectory, int amqpPort, string user, string password, TextWriter log)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentNullException.ThrowIfNull(log);
        _dataDirectory = Path.GetFullPath(dataDirectory);
        _consoleLog = Path.Combine(_dataDirectory, "log", "console.log");
        Port = amqpPort;
        _user = user;
        _password = password;
        _log = log;
        AmqpUri = new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{amqpPort}/"));
    }

    public string Name => "rabbitmq";

    public int Port { get; }

    public Uri AmqpUri { get; }

    private string PidFile => Path.Combine(_dataDirectory, "rabbit.pid");

    private string NodeLog => Path.Combine(_dataDirectory, "log", NodeName + ".log");

    public async Task StartAsync(CancellationToken ct)
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        await DisposeProcessAsync().ConfigureAwait(false);
        await StopLeftoverNodeAsync().ConfigureAwait(false);
        WriteConfiguration();

        // Fresh distribution ports on every start: the previous ones may still be in TIME_WAIT or taken by now.
        _epmdPort = FreePort.Next();
        var distPort = FreePort.Next();
        while (distPort == _epmdPort)
        {
            distPort = FreePort.Next();
        }

        var started = DateTime.UtcNow;
        _process = ChildProcess.Start(
            DebianPackages.RabbitMqServerPath,
            [],
            _consoleLog,
            Environment(distPort),
            workingDirectory: _dataDirectory,
            // Settings meant for a system RabbitMQ or another Erlang node in the AppHost's environment must not leak in.
            removeEnvironmentPrefixes: ["RABBITMQ_", "ERL_"]);

        try
        {
            await _process.WaitUntilReadyAsync(token => TcpProbe.AmqpConnectionStartAsync(Port, token), ReadyTimeout, TimeSpan.FromMilliseconds(200), "rabbitmq-server", "the AMQP handshake", StartFailure, ct).ConfigureAwait(false);
        }
        catch
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }

        await _log.WriteLineAsync($"[rabbitmq] ready on 127.0.0.1:{Port} after {(DateTime.UtcNow - started).TotalSeconds:F1} s").ConfigureAwait(false);
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        // Erlang helpers (erl_child_setup, inet_gethost) would be orphaned if the broker were killed, so they are collected first.
        var tree = new List<int> { _process.Id };
        tree.AddRange(UnixProcesses.Descendants(_process.Id));

        if (!_process.HasExited)
        {
            // SIGTERM makes the node run its orderly shutdown (close connections, flush queues) before halting.
            await UnixProcesses.SignalAsync(_process.Id, "TERM").ConfigureAwait(false);
            if (!await _process.WaitForExitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false))
            {
                await _log.WriteLineAsync("[rabbitmq] did not stop within 30 s; killing it").ConfigureAwait(false);
                _process.Kill();
                await _process.WaitForExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }

        await UnixProcesses.TerminateAsync(tree, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        await KillEpmdAsync(_epmdPort).ConfigureAwait(false);
        await DisposeProcessAsync().ConfigureAwait(false);
        await _log.WriteLineAsync("[rabbitmq] stopped").ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private Dictionary<string, string> Environment(int distPort)
    {
        var epmdPort = _epmdPort.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The Erlang cookie is created in $HOME; a private one keeps this node isolated from other nodes of the same user.
            ["HOME"] = Path.Combine(_dataDirectory, "home"),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = epmdPort,
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_dataDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_dataDirectory, "log"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_dataDirectory, "rabbitmq"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_dataDirectory, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_dataDirectory, "rabbitmq-env.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_dataDirectory, "enabled_plugins"),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_PID_FILE"] = PidFile,
        };
    }

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "home"));
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "log"));

        File.WriteAllLines(Path.Combine(_dataDirectory, "rabbitmq.conf"),
        [
            $"listeners.tcp.default = 127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}",
            "loopback_users = none",
        ]);

        // The credentials go into advanced.config as Erlang byte binaries because rabbitmq.conf treats '#' as the
        // start of a comment and has no escaping. They only take effect when the node's database is first created,
        // so with a reused data directory the caller must keep passing the original password.
        var advancedConfig = Path.Combine(_dataDirectory, "advanced.config");
        File.WriteAllText(
            advancedConfig,
            $"[{{rabbit, [{{default_user, {ErlangBinary(_user)}}}, {{default_pass, {ErlangBinary(_password)}}}]}}].\n");
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(advancedConfig, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(Path.Combine(_dataDirectory, "enabled_plugins"), "[].\n");
        // An empty env file stops the scripts from sourcing /etc/rabbitmq/rabbitmq-env.conf of a system install.
        File.WriteAllText(Path.Combine(_dataDirectory, "rabbitmq-env.conf"), string.Empty);
    }

    private static string ErlangBinary(string value) =>
        "<<" + string.Join(',', System.Text.Encoding.UTF8.GetBytes(value).Select(b => b.ToString(CultureInfo.InvariantCulture))) + ">>";

    /// <summary>
    /// A node left running by a crashed AppHost still holds the Mnesia lock on this data directory,
    /// so it is stopped together with its epmd before a new node is started.
    /// </summary>
    private async Task StopLeftoverNodeAsync()
    {
        if (!File.Exists(PidFile)
            || !int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }

        var environment = UnixProcesses.EnvironmentOf(pid);
        var ours = UnixProcesses.IsAlive(pid)
            && UnixProcesses.CommandName(pid) == "beam.smp"
            && environment.TryGetValue("RABBITMQ_MNESIA_BASE", out var mnesia)
            && mnesia == Path.Combine(_dataDirectory, "mnesia");
        if (ours)
        {
            await _log.WriteLineAsync($"[rabbitmq] stopping leftover node pid {pid} on {_dataDirectory}").ConfigureAwait(false);
            var tree = new List<int> { pid };
            tree.AddRange(UnixProcesses.Descendants(pid));
            await UnixProcesses.TerminateAsync(tree, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            if (environment.TryGetValue("ERL_EPMD_PORT", out var port)
                && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var epmdPort))
            {
                await KillEpmdAsync(epmdPort).ConfigureAwait(false);
            }
        }

        File.Delete(PidFile);
    }

    /// <summary>epmd is started as a daemon by the node and outlives it; it is identified by the port it inherited via ERL_EPMD_PORT.</summary>
    private static async Task KillEpmdAsync(int epmdPort)
    {
        if (epmdPort == 0)
        {
            return;
        }

        var port = epmdPort.ToString(CultureInfo.InvariantCulture);
        var daemons = UnixProcesses.FindByEnvironment("epmd", "ERL_EPMD_PORT", port);
        if (daemons.Count == 0)
        {
            return;
        }

        await Command.RunAsync(EpmdPath, ["-port", port, "-kill"], CancellationToken.None).ConfigureAwait(false);
        if (!await UnixProcesses.WaitForExitAsync(daemons, TimeSpan.FromSeconds(2)).ConfigureAwait(false))
        {
            await UnixProcesses.TerminateAsync(daemons, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
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
        new($"[rabbitmq] {message}{System.Environment.NewLine}{LogTail.Read(30, _consoleLog, NodeLog)}");
}
