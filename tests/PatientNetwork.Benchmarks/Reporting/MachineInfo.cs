using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace PatientNetwork.Benchmarks.Reporting;

/// <summary>The machine and the servers the figures came from.</summary>
public sealed record MachineInfo(
    string Host,
    int ProcessorCount,
    string CpuModel,
    string Memory,
    string Os,
    string Kernel,
    string DotNet,
    string GarbageCollector,
    string PostgresVersion,
    IReadOnlyDictionary<string, string> PostgresSettings)
{
    private static readonly string[] Settings =
    [
        "shared_buffers", "work_mem", "effective_cache_size", "max_parallel_workers_per_gather", "jit",
        "synchronous_commit", "random_page_cost", "max_connections",
    ];

    public static async Task<MachineInfo> CollectAsync(NpgsqlDataSource database, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        string version;
        await using (var command = new NpgsqlCommand("SELECT version()", connection))
        {
            version = (string)(await command.ExecuteScalarAsync(ct))!;
        }

        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT name, current_setting(name) FROM pg_settings WHERE name = ANY($1)", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = Settings });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                settings[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return new MachineInfo(
            Environment.MachineName,
            Environment.ProcessorCount,
            ReadCpuModel(),
            ReadMemory(),
            RuntimeInformation.OSDescription,
            ReadOr("/proc/sys/kernel/osrelease", "n/a").Trim(),
            RuntimeInformation.FrameworkDescription,
            System.Runtime.GCSettings.IsServerGC ? "Server" : "Workstation",
            version,
            settings);
    }

    private static string ReadCpuModel()
    {
        var line = ReadOr("/proc/cpuinfo", "").Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string ReadMemory()
    {
        var line = ReadOr("/proc/meminfo", "").Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        if (line is null)
        {
            return "n/a";
        }

        var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{kib / 1024.0 / 1024.0:0.0} GiB");
    }

    private static string ReadOr(string path, string fallback)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return fallback;
        }
    }
}
