using System.Globalization;

namespace PatientNetwork.AppHost.Servers;

/// <summary>Linux process helpers built on /proc and /bin/kill, because .NET can only send SIGKILL.</summary>
internal static class UnixProcesses
{
    private static readonly Lazy<bool> RunningAsRoot = new(DetectRoot);

    public static bool IsRoot => RunningAsRoot.Value;

    public static async Task SignalAsync(int pid, string signal)
    {
        // A process that vanished between lookup and signal is the desired outcome, so the exit code is ignored.
        await Command.RunAsync("/bin/kill", ["-s", signal, pid.ToString(CultureInfo.InvariantCulture)], CancellationToken.None)
            .ConfigureAwait(false);
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The state follows the parenthesised command name, which may itself contain spaces or parentheses.
            var afterName = stat[(stat.LastIndexOf(')') + 1)..].TrimStart();
            return afterName.Length > 0 && afterName[0] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    public static string? CommandName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Polls until every pid has exited; returns false on timeout.</summary>
    public static async Task<bool> WaitForExitAsync(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var remaining = pids.ToList();
        while (true)
        {
            remaining.RemoveAll(p => !IsAlive(p));
            if (remaining.Count == 0)
            {
                return true;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <summary>SIGTERM, then SIGKILL whatever survives the grace period.</summary>
    public static async Task TerminateAsync(IReadOnlyCollection<int> pids, TimeSpan grace)
    {
        var alive = pids.Where(IsAlive).ToList();
        foreach (var pid in alive)
        {
            await SignalAsync(pid, "TERM").ConfigureAwait(false);
        }

        if (!await WaitForExitAsync(alive, grace).ConfigureAwait(false))
        {
            foreach (var pid in alive.Where(IsAlive))
            {
                await SignalAsync(pid, "KILL").ConfigureAwait(false);
            }

            await WaitForExitAsync(alive, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
    }

    private static bool DetectRoot()
    {
        if (Environment.UserName == "root")
        {
            return true;
        }

        // The "Uid:" line lists real, effective, saved and filesystem uids; the effective one decides privileges.
        var uidLine = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        var fields = uidLine?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 2 } && fields[2] == "0";
    }
}
