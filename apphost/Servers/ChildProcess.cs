using System.Diagnostics;

namespace PatientNetwork.AppHost.Servers;

/// <summary>A long-running server process whose stdout and stderr go to a log file instead of the AppHost console.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Task _pumps;

    private ChildProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
        _pumps = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public int Id { get; private init; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string logPath,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        IEnumerable<string>? removeEnvironmentPrefixes = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(logPath) ?? "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var prefix in removeEnvironmentPrefixes ?? [])
        {
            foreach (var key in startInfo.Environment.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                startInfo.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            AutoFlush = true,
        };
        log.WriteLine($"=== {DateTimeOffset.Now:O} starting {fileName} {string.Join(' ', startInfo.ArgumentList)}");

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch
        {
            log.Dispose();
            throw;
        }

        // Servers must not read the AppHost's terminal, and a closed stdin keeps Erlang's shell from waiting on it.
        process.StandardInput.Close();
        return new ChildProcess(process, log) { Id = process.Id };
    }

    /// <summary>
    /// Polls <paramref name="isReady"/> until it answers true. Fails, through <paramref name="failure"/>, when the
    /// process exits first or <paramref name="timeout"/> passes, naming the process and what it did not answer.
    /// </summary>
    public async Task WaitUntilReadyAsync(
        Func<CancellationToken, Task<bool>> isReady,
        TimeSpan timeout,
        TimeSpan pollInterval,
        string processName,
        string readiness,
        Func<string, Exception> failure,
        CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (HasExited)
            {
                await FlushLogAsync().ConfigureAwait(false);
                throw failure($"{processName} exited with code {ExitCode} during startup.");
            }

            if (await isReady(ct).ConfigureAwait(false))
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw failure($"{processName} did not answer {readiness} within {timeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(pollInterval, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for exit; returns false on timeout.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>Lets the log pumps drain; bounded because a daemonised grandchild could keep the pipes open forever.</summary>
    public async Task FlushLogAsync()
    {
        await Task.WhenAny(_pumps, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private async Task PumpAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (_log)
                {
                    _log.WriteLine(line);
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // The writer was disposed while the child still had output in flight.
        }
        catch (IOException)
        {
        }
    }
}
