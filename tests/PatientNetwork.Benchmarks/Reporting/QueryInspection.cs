using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PatientNetwork.Benchmarks.Measuring;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Benchmarks.Reporting;

/// <summary>
/// The SQL EF Core generates for the service's queries, built with the service's own query code
/// (PatientListQuery, ListableBy, VisibleTo) the way its endpoints compose it, and the plans
/// PostgreSQL picks for them.
/// </summary>
public static class QueryInspection
{
    /// <summary>
    /// What GET /patients sends to PostgreSQL for each request: the count and the page of summaries (a
    /// name search: the nearest names only), as PatientsApi.ListPatients composes them.
    /// </summary>
    public static List<ListInput> ListCommands(IServiceProvider services, string associationId, IEnumerable<PatientListQuery> queries)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var staff = Staff(associationId);
        var commands = new List<ListInput>();
        foreach (var query in queries)
        {
            var patients = query.Apply(db.Patients.AsNoTracking().ListableBy(staff));
            if (query.IsNameSearch)
            {
                // A name search sends one statement: the nearest names, straight from the trigram index.
                commands.Add(new ListInput(query.Name, null, Capture(query.NearestNamesQuery(patients))));
                continue;
            }

            var count = Capture(patients.Select(p => 1));
            var page = Capture(query.Order(patients).Skip(query.Paging.Skip).Take(query.Paging.Size)
                .Select(p => new PatientSummary(p.Id, p.RegistryId, p.FirstName, p.LastName, p.BirthYear, p.Sex, p.VitalStatus, p.DiagnosisGroup, p.RegionCode, p.BranchId)));
            commands.Add(new ListInput(query.Name, count with { Sql = $"SELECT count(*)::int FROM (\n{count.Sql}\n) AS counted" }, page));
        }

        return commands;
    }

    /// <summary>The service's get-by-id query as EF Core sends it (the patient joined with its owned collections).</summary>
    public static EfCommand GetCommand(IServiceProvider services, string associationId, Guid sampleId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return Capture(db.Patients.AsNoTracking().VisibleTo(Staff(associationId)).Where(p => p.Id == sampleId).Take(1));
    }

    /// <summary>The SQL of a command with its parameter values written in, for reading.</summary>
    public static string Readable(EfCommand command) =>
        string.Join('\n', command.Parameters.Select(p => $"-- @{p.ParameterName.TrimStart('@')}='{p.Value}'")) + "\n" + command.Sql;

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

    private static EfCommand Capture<T>(IQueryable<T> query)
    {
        using var command = query.CreateDbCommand();
        return new EfCommand(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => ((NpgsqlParameter)p).Clone()).ToList());
    }

    private static StaffMember Staff(string associationId) =>
        new("benchmark", "benchmark.admin", associationId, null, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Admin });
}
