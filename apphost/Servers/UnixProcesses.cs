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

    public static IReadOnlyDictionary<string, string> EnvironmentOf(int pid)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var entry in File.ReadAllText($"/proc/{pid}/environ").Split('\0'))
            {
                var eq = entry.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    result[entry[..eq]] = entry[(eq + 1)..];
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return result;
    }

    /// <summary>All transitive children, collected before a stop so orphans can still be found afterwards.</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var result = new List<int>();
        var pending = new Stack<int>();
        pending.Push(pid);
        while (pending.Count > 0)
        {
            foreach (var child in ChildrenOf(pending.Pop()))
            {
                if (!result.Contains(child))
                {
                    result.Add(child);
                    pending.Push(child);
                }
            }
        }

        return result;
    }

    /// <summary>Processes named <paramref name="commandName"/> whose environment contains <paramref name="key"/>=<paramref name="value"/>.</summary>
    public static IReadOnlyList<int> FindByEnvironment(string commandName, string key, string value)
    {
        var result = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            if (CommandName(pid) == commandName
                && EnvironmentOf(pid).TryGetValue(key, out var actual)
                && actual == value)
            {
                result.Add(pid);
            }
        }

        return result;
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

    private static List<int> ChildrenOf(int pid)
    {
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }

        var children = new List<int>();
        foreach (var task in tasks)
        {
            try
            {
                foreach (var token in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    children.Add(int.Parse(token, CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return children;
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
