using System.Text.Json;
using Npgsql;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Benchmarks.Measuring;

/// <summary>
/// The three measured queries, each as an HTTP request to the Registry and as the SQL that answers
/// it, run with Npgsql on a pooled connection (unprepared, like EF Core's commands).
/// </summary>
/// <summary>A SQL statement EF Core generated, with its parameters' names and sample values.</summary>
public sealed record EfCommand(string Sql, IReadOnlyList<(string Name, object Value)> Parameters);

public sealed class RegistryQueries(HttpClient http, NpgsqlDataSource database, string associationId)
{
    public const int PageSize = 20;
    public const string ListDiagnosisGroup = "leukemia";
    public const string ListRegion = "casablanca-settat";

    /// <summary>
    /// The name predicate as EF Core translates <see cref="PatientListQuery"/>: similarity() OR LIKE '%name%' ($3);
    /// lists and searches leave merged duplicates out (<see cref="PatientAccess.ListableBy"/>).
    /// </summary>
    public const string SearchWhere =
        "p.association_id = $1 AND p.merged_into_id IS NULL AND (similarity(p.search_name, $2) >= 0.3 OR p.search_name LIKE $3)";

    public const string SearchCountSql = $"SELECT count(*)::int FROM patients AS p WHERE {SearchWhere}";

    public const string SearchPageSql =
        $"SELECT {SummaryColumns} FROM patients AS p WHERE {SearchWhere} ORDER BY similarity(p.search_name, $2) DESC, p.id LIMIT 20";

    /// <summary>The suggested fix: the <c>%</c> operator (threshold pg_trgm.similarity_threshold = 0.3) and LIKE, both answered by the trigram GIN index.</summary>
    public const string IndexedSearchWhere =
        "p.association_id = $1 AND p.merged_into_id IS NULL AND (p.search_name % $2 OR p.search_name LIKE $3)";

    public const string IndexedSearchCountSql = $"SELECT count(*)::int FROM patients AS p WHERE {IndexedSearchWhere}";

    public const string IndexedSearchPageSql =
        $"SELECT {SummaryColumns} FROM patients AS p WHERE {IndexedSearchWhere} ORDER BY similarity(p.search_name, $2) DESC, p.id LIMIT 20";

    public const string ListWhere = "p.association_id = $1 AND p.merged_into_id IS NULL AND p.diagnosis_group = $2 AND p.region_code = $3";

    public const string ListCountSql = $"SELECT count(*)::int FROM patients AS p WHERE {ListWhere}";

    public const string ListPageSql =
        $"SELECT {SummaryColumns} FROM patients AS p WHERE {ListWhere} ORDER BY p.registered_at DESC, p.id LIMIT 20";

    public const string GetPatientSql = """
        SELECT id, registry_id, association_id, branch_id, first_name, last_name, search_name, date_of_birth, birth_year, sex,
               vital_status, date_of_death, first_specialised_visit_on, age_at_onset_months, age_at_diagnosis_months,
               diagnosis_group, region_code, city_code, follow_up_hospital, treating_doctor, mobility_need, cin_ciphertext,
               cin_index, phone_ciphertext, phone_index, address_ciphertext, registered_at, registered_by, updated_at
        FROM patients WHERE id = $1 AND association_id = $2 LIMIT 1
        """;

    public static readonly string[] OwnedSql =
    [
        "SELECT id, purpose, given, at, recorded_by, evidence FROM patient_consents WHERE patient_id = $1",
        "SELECT id, name, relation, phone_ciphertext, phone_index FROM patient_guardians WHERE patient_id = $1",
        "SELECT id, orpha_code, icd10, iuis_category, recorded_at, recorded_by FROM patient_diagnoses WHERE patient_id = $1",
        "SELECT id, gene, variant FROM patient_genetic_findings WHERE patient_id = $1",
        "SELECT id, kind, started_on, ended_on, outcome FROM patient_treatments WHERE patient_id = $1",
    ];

    private const string SummaryColumns =
        "p.id, p.registry_id, p.first_name, p.last_name, p.birth_year, p.sex, p.vital_status, p.diagnosis_group, p.region_code, p.branch_id";

    public static string SearchPath(string name) => $"/patients?name={Uri.EscapeDataString(name)}&pageSize={PageSize}";

    public static string ListPath => $"/patients?diagnosisGroup={ListDiagnosisGroup}&regionCode={ListRegion}&pageSize={PageSize}";

    // ---- through the service ----

    public Probe<string> ServiceSearch => new((name, ct) => GetAsync(SearchPath(name), ct), TotalCount);

    public Probe<int> ServiceList => new((_, ct) => GetAsync(ListPath, ct), TotalCount);

    public Probe<Guid> ServiceGet => new((id, ct) => GetAsync($"/patients/{id}", ct), body => ((byte[])body).Length > 0 ? 1 : 0);

    // ---- directly ----

    public Probe<string> RawSearch => new((name, ct) => CountAndPageAsync(SearchCountSql, SearchPageSql, SearchParameters(name), ct), Rows);

    public Probe<string> RawIndexedSearch => new((name, ct) => CountAndPageAsync(IndexedSearchCountSql, IndexedSearchPageSql, SearchParameters(name), ct), Rows);

    public Probe<string> RawIndexedSearchPageOnly => new((name, ct) => CountAndPageAsync(null, IndexedSearchPageSql, SearchParameters(name), ct), Rows);

    public Probe<int> RawList => new((_, ct) => CountAndPageAsync(ListCountSql, ListPageSql, [associationId, ListDiagnosisGroup, ListRegion], ct), Rows);

    public Probe<Guid> RawGet => new(GetDirectAsync, Rows);

    /// <summary>
    /// EF Core's own SQL for get by id (taken from the service's query with CreateDbCommand), run with
    /// Npgsql; with <paramref name="audit"/>, in a transaction with the one audit row the service writes.
    /// </summary>
    public Probe<Guid> RawEfGet(EfCommand command, bool audit) => new((id, ct) => EfGetAsync(command, id, audit, ct), Rows);

    /// <summary>Parameters of the search statements: association, folded name, and LIKE's '%folded%' (as EF Core passes it).</summary>
    public object[] SearchParameters(string name)
    {
        var folded = NameSearch.Fold(name);
        return [associationId, folded, "%" + folded + "%"];
    }

    /// <summary>Service and raw answer the same: same total and the same page, in the same order.</summary>
    public async Task<string> CompareSearchAsync(string name, CancellationToken ct)
    {
        var body = (byte[])await GetAsync(SearchPath(name), ct);
        using var json = JsonDocument.Parse(body);
        var serviceIds = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var serviceTotal = json.RootElement.GetProperty("totalCount").GetInt32();

        await using var connection = await database.OpenConnectionAsync(ct);
        int rawTotal;
        await using (var count = Command(connection, SearchCountSql, SearchParameters(name)))
        {
            rawTotal = (int)(await count.ExecuteScalarAsync(ct))!;
        }

        var rawIds = new List<Guid>();
        await using (var page = Command(connection, SearchPageSql, SearchParameters(name)))
        await using (var reader = await page.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rawIds.Add(reader.GetGuid(0));
            }
        }

        var same = serviceTotal == rawTotal && serviceIds.SequenceEqual(rawIds);
        return $"\"{name}\": service total {serviceTotal}, raw total {rawTotal}; first page {(same ? "identical" : "DIFFERENT")}";
    }

    private async Task<object> GetAsync(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return body;
    }

    private static int TotalCount(object body)
    {
        using var json = JsonDocument.Parse((byte[])body);
        return json.RootElement.GetProperty("totalCount").GetInt32();
    }

    private static int Rows(object rows) => (int)rows;

    /// <summary>Two round trips on one connection, as the service makes them: the count, then the page.</summary>
    private async Task<object> CountAndPageAsync(string? countSql, string pageSql, object[] parameters, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var total = 0;
        if (countSql is not null)
        {
            await using var count = Command(connection, countSql, parameters);
            total = (int)(await count.ExecuteScalarAsync(ct))!;
        }

        await using var page = Command(connection, pageSql, parameters);
        await using var reader = await page.ExecuteReaderAsync(ct);
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            _ = reader.GetGuid(0);
            _ = reader.GetString(2);
            _ = reader.GetString(3);
            rows++;
        }

        return countSql is null ? rows : total;
    }

    /// <summary>The patient and its five owned collections in one round trip (a batch of six statements).</summary>
    private async Task<object> GetDirectAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        var patient = new NpgsqlBatchCommand(GetPatientSql);
        patient.Parameters.Add(new NpgsqlParameter { Value = id });
        patient.Parameters.Add(new NpgsqlParameter { Value = associationId });
        batch.BatchCommands.Add(patient);
        foreach (var sql in OwnedSql)
        {
            var owned = new NpgsqlBatchCommand(sql);
            owned.Parameters.Add(new NpgsqlParameter { Value = id });
            batch.BatchCommands.Add(owned);
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var rows = 0;
        do
        {
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }

                rows++;
            }
        }
        while (await reader.NextResultAsync(ct));
        return rows > 0 ? 1 : 0;
    }

    private async Task<object> EfGetAsync(EfCommand ef, Guid id, bool audit, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = audit ? await connection.BeginTransactionAsync(ct) : null;
#pragma warning disable CA2100 // EF Core's generated SQL; values are parameters.
        await using var command = new NpgsqlCommand(ef.Sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var (name, value) in ef.Parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value is Guid ? id : value));
        }

        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }

                rows++;
            }
        }

        if (transaction is not null)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO audit_trail (at, staff_id, staff_login, association_id, action, patient_id, reason) VALUES ($1, $2, $3, $4, $5, $6, NULL)",
                connection,
                transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = DateTimeOffset.UtcNow });
            insert.Parameters.Add(new NpgsqlParameter { Value = "benchmark" });
            insert.Parameters.Add(new NpgsqlParameter { Value = "benchmark.admin" });
            insert.Parameters.Add(new NpgsqlParameter { Value = associationId });
            insert.Parameters.Add(new NpgsqlParameter { Value = PatientNetwork.Registry.Audit.AuditActions.PatientRead });
            insert.Parameters.Add(new NpgsqlParameter { Value = id });
            await insert.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return rows > 0 ? 1 : 0;
    }

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
#pragma warning disable CA2100 // Constant SQL; values are parameters.
        var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
