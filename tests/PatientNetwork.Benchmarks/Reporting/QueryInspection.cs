using Npgsql;
using PatientNetwork.Benchmarks.Measuring;

namespace PatientNetwork.Benchmarks.Reporting;

/// <summary>The SQL the service sent, made readable, and the plans PostgreSQL picks for it.</summary>
public static class QueryInspection
{
    /// <summary>The SQL of a command with its parameter values written above it, for reading.</summary>
    public static string Readable(EfCommand command)
    {
        const int shown = 12;
        var parameters = command.Parameters.Take(shown).Select(p => $"-- {(p.ParameterName.StartsWith('@') ? "" : "@")}{p.ParameterName}='{p.Value}'").ToList();
        if (command.Parameters.Count > shown)
        {
            parameters.Add($"-- … and {command.Parameters.Count - shown} more parameters");
        }

        return string.Join('\n', parameters) + (parameters.Count > 0 ? "\n" : "") + command.Sql.Trim();
    }

    public static string Readable(IEnumerable<EfCommand> commands) => string.Join(";\n\n", commands.Select(Readable));

    public static async Task<string> ExplainAsync(NpgsqlDataSource database, EfCommand command, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var explain = command.Create(connection, prefix: "EXPLAIN (ANALYZE, BUFFERS) ");
        return await ReadPlanAsync(explain, ct);
    }

    public static async Task<string> ExplainAsync(NpgsqlDataSource database, string sql, object[] parameters, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var explain = RegistryQueries.Command(connection, "EXPLAIN (ANALYZE, BUFFERS) " + sql, parameters);
        return await ReadPlanAsync(explain, ct);
    }

    private static async Task<string> ReadPlanAsync(NpgsqlCommand explain, CancellationToken ct)
    {
        await using var reader = await explain.ExecuteReaderAsync(ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
