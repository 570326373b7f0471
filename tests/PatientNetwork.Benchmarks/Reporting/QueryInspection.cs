using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Benchmarks.Reporting;

/// <summary>The SQL EF Core generates for the service's own queries, and the plans PostgreSQL picks.</summary>
public static class QueryInspection
{
    /// <summary>Builds the service's queries with its own types (PatientListQuery, ListableBy, VisibleTo) and prints EF Core's SQL.</summary>
    public static Dictionary<string, string> EfSql(IServiceProvider services, string associationId, string sampleName, Guid sampleId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var staff = new StaffMember("benchmark", "benchmark.admin", associationId, null, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Admin });

        var search = new PatientListQuery(sampleName, null, null, null, null, null, null, 20, null);
        var list = new PatientListQuery(null, "leukemia", "casablanca-settat", null, null, null, null, 20, null);
        string Page(PatientListQuery query)
        {
            var filtered = query.Apply(db.Patients.AsNoTracking().ListableBy(staff));
            return query.Order(filtered).Skip(query.Paging.Skip).Take(query.Paging.Size).ToQueryString();
        }

        string Count(PatientListQuery query) =>
            // CountAsync has no ToQueryString; this is the same WHERE, selected instead of counted.
            query.Apply(db.Patients.AsNoTracking().ListableBy(staff)).Select(p => p.Id).ToQueryString();

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["search: page"] = Page(search),
            ["search: WHERE of the count (EF runs SELECT count(*)::int with it)"] = Count(search),
            ["filtered list: page"] = Page(list),
            ["get by id"] = db.Patients.AsNoTracking().VisibleTo(staff).Where(p => p.Id == sampleId).Take(1).ToQueryString(),
        };
    }

    /// <summary>The service's get-by-id query as EF Core would send it (for running it directly).</summary>
    public static Measuring.EfCommand EfGetCommand(IServiceProvider services, string associationId, Guid sampleId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var staff = new StaffMember("benchmark", "benchmark.admin", associationId, null, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Admin });
        using var command = db.Patients.AsNoTracking().VisibleTo(staff).Where(p => p.Id == sampleId).Take(1).CreateDbCommand();
        return new Measuring.EfCommand(
            command.CommandText,
            command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value!)).ToList());
    }

    public static async Task<string> ExplainAsync(NpgsqlDataSource database, string sql, object[] parameters, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var command = Measuring.RegistryQueries.Command(connection, "EXPLAIN (ANALYZE, BUFFERS) " + sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
