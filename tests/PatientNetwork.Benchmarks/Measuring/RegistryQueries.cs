using System.Text.Json;
using Npgsql;

namespace PatientNetwork.Benchmarks.Measuring;

/// <summary>A SQL command EF Core sent for the service, with its parameters (cloned for each use).</summary>
public sealed record EfCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
{
    /// <summary>A query (the service's reads), as opposed to the audit rows it writes.</summary>
    public bool IsRead => Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same command with some parameter values replaced (another name searched, another patient read).</summary>
    public EfCommand With(Func<object?, object?> replace) =>
        new(Sql, Parameters.Select(p =>
        {
            var copy = p.Clone();
            copy.Value = replace(p.Value);
            return copy;
        }).ToList());

    /// <summary>
    /// Same SQL and same parameter values (arrays and lists compared item by item); an audit row's
    /// timestamp differs from one request to the next and is not compared.
    /// </summary>
    public bool SameStatement(EfCommand other) =>
        Sql == other.Sql
        && Parameters.Count == other.Parameters.Count
        && (!IsRead || Parameters.Zip(other.Parameters).All(pair => SameValue(pair.First.Value, pair.Second.Value)));

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => x == y,
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };

    public NpgsqlCommand Create(NpgsqlConnection connection, string prefix = "")
    {
#pragma warning disable CA2100 // EF Core's generated SQL; values are parameters.
        var command = new NpgsqlCommand(prefix + Sql, connection);
#pragma warning restore CA2100
        foreach (var parameter in Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}

/// <summary>
/// One request to the Registry and the SQL commands it made EF Core send, in order: the reads (which
/// the raw column replays) and its audit write.
/// </summary>
public sealed record ServiceRequest(string Path, IReadOnlyList<EfCommand> Sent)
{
    public IReadOnlyList<EfCommand> Reads => Sent.Where(c => c.IsRead).ToList();
}

/// <summary>
/// The measured requests, sent to the Registry over HTTP, and the same requests' SQL (captured from the
/// service, see <see cref="EfCommandCapture"/>) replayed with Npgsql on a pooled connection with the service's own connection
/// settings (statements prepared automatically, as EF Core's are).
/// </summary>
public sealed class RegistryQueries(HttpClient http, NpgsqlDataSource database, string associationId)
{
    public const int PageSize = 20;
    public const string ListDiagnosisGroup = "leukemia";
    public const string ListRegion = "casablanca-settat";

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

    /// <summary>The liveness probe: answered by the same host, middleware and authentication as every request, without reading anything.</summary>
    public const string FloorPath = "/alive";

    public static string SearchPath(string name) => $"/patients?name={Uri.EscapeDataString(name)}&pageSize={PageSize}";

    public static string ListPath => $"/patients?diagnosisGroup={ListDiagnosisGroup}&regionCode={ListRegion}&pageSize={PageSize}";

    // ---- through the service ----

    public Probe<ServiceRequest> Service => new((request, ct) => GetAsync(request.Path, ct), TotalCountOrOne);

    /// <summary>A request that does nothing, with the same client and token: what every request costs before its own work.</summary>
    public Probe<int> Floor => new((_, ct) => GetAsync(FloorPath, ct), _ => 1);

    /// <summary>A request that is authenticated and authorised and then does nothing (see <see cref="Hosting.EmptyAuthenticatedRequest"/>).</summary>
    public Probe<int> EmptyRequest => new((_, ct) => GetAsync(Hosting.EmptyAuthenticatedRequest.Path, ct), _ => 1);

    // ---- directly ----

    /// <summary>A query that does nothing (<c>SELECT 1</c>) on a pooled connection: what every round trip to PostgreSQL costs.</summary>
    public Probe<int> RawFloor => new(SelectOneAsync, Rows);

    /// <summary>The audit row the service wrote for this request (what it sent after its reads), replayed alone: one INSERT, autocommit.</summary>
    public Probe<ServiceRequest> RawAuditWrite => new((request, ct) => ReplayAsync(request.Sent.Where(c => !c.IsRead).ToList(), ct), Rows);

    /// <summary>The reads the service sent for this request, replayed on one connection, one round trip each (as EF Core sends them).</summary>
    public Probe<ServiceRequest> RawReads => new((request, ct) => ReplayAsync(request.Reads, ct), Rows);

    /// <summary>Everything the service sent for this request, the audit writes included (autocommit, as EF Core sent them).</summary>
    public Probe<ServiceRequest> RawEverything => new((request, ct) => ReplayAsync(request.Sent, ct), Rows);

    /// <summary>Get by id as the smallest batch that reads the same rows: the patient and its five owned collections.</summary>
    public Probe<Guid> RawGetBatch => new(GetDirectAsync, Rows);

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

    private static int TotalCountOrOne(object body)
    {
        using var json = JsonDocument.Parse((byte[])body);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("totalCount", out var total) ? total.GetInt32() : 1;
    }

    private static int Rows(object rows) => (int)rows;

    private async Task<object> SelectOneAsync(int _, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Runs the commands in order on one pooled connection and reads every value; answers the rows read.</summary>
    private async Task<object> ReplayAsync(IReadOnlyList<EfCommand> commands, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var rows = 0;
        foreach (var sent in commands)
        {
            await using var command = sent.Create(connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
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
        }

        return rows;
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
