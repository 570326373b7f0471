using System.Globalization;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>Reads /proc to find what a process started, including daemons that detached from it.</summary>
public static class LinuxProcesses
{
    public static IReadOnlyList<int> DescendantsOf(int root)
    {
        var parents = AllPids().Select(pid => (pid, parent: ParentOf(pid))).ToList();
        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (pid, _) in parents.Where(p => p.parent == current))
            {
                found.Add(pid);
                frontier.Enqueue(pid);
            }
        }

        return found;
    }

    /// <summary>Live processes whose command line or environment names <paramref name="text"/> (servers keep their data folder there).</summary>
    public static IReadOnlyList<int> Mentioning(string text) =>
        AllPids().Where(pid => IsAlive(pid) && (Read(pid, "cmdline").Contains(text, StringComparison.Ordinal) || Read(pid, "environ").Contains(text, StringComparison.Ordinal))).ToList();

    public static bool IsAlive(int pid)
    {
        var stat = Read(pid, "stat");
        if (stat.Length == 0)
        {
            return false;
        }

        var state = stat[(stat.LastIndexOf(')') + 1)..].TrimStart();
        return state.Length > 0 && state[0] is not ('Z' or 'X');
    }

    /// <summary>Sends a signal (<c>STOP</c>, <c>CONT</c>, <c>KILL</c>…) to every process given, with kill(1).</summary>
    public static async Task SignalAsync(string signal, IEnumerable<int> processes)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", .. processes.Select(pid => pid.ToString(CultureInfo.InvariantCulture))]);
        await kill.WaitForExitAsync();
    }

    public static string Describe(int pid) => $"{pid} {Read(pid, "cmdline").Replace('\0', ' ').Trim()}";

    private static int ParentOf(int pid)
    {
        var stat = Read(pid, "stat");
        var fields = stat.Length == 0 ? [] : stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : -1;
    }

    private static IEnumerable<int> AllPids() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture));

    private static string Read(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
