using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using PatientNetwork.Registry.Search;

namespace PatientNetwork.Benchmarks.Data;

/// <summary>What was loaded, how long it took, and samples of Hajar's patients to query.</summary>
public sealed record LoadReport(
    int Patients,
    long Consents,
    long Guardians,
    long Diagnoses,
    int HajarPatients,
    TimeSpan CopyTime,
    TimeSpan IndexTime,
    TimeSpan VacuumTime,
    IReadOnlyList<IndexBuild> Indexes,
    IReadOnlyList<string> ColumnsLeftNull,
    IReadOnlyList<Guid> HajarIds,
    IReadOnlyList<(string First, string Last)> HajarNames);

public sealed record IndexBuild(string Name, string Definition, double Seconds);

/// <summary>
/// Loads synthetic patients straight into the migrated Registry database with binary COPY. The
/// secondary indexes of <c>patients</c> and <c>patient_name_tokens</c> are dropped first and re-created afterwards from their own
/// definitions (one build is much faster than a million inserts into a trigram GIN index); the
/// owned tables' foreign keys are not checked row by row (<c>session_replication_role = replica</c>
/// on the loading sessions): every child row is written for a patient written in the same run.
/// Triggers do not fire in that mode either, so the name vocabulary the Registry's triggers keep is
/// filled in one statement after the COPY.
/// </summary>
public static class BulkLoader
{
    private const int SampleSize = 5_000;

    /// <summary>The columns of <c>patients</c> this loader writes; the run stops if the schema has others.</summary>
    private static readonly string[] PatientColumns =
    [
        "id", "registry_id", "association_id", "branch_id", "first_name", "last_name", "search_name", "date_of_birth",
        "birth_year", "sex", "vital_status", "date_of_death", "first_specialised_visit_on", "age_at_onset_months",
        "age_at_diagnosis_months", "diagnosis_group", "region_code", "city_code", "follow_up_hospital", "treating_doctor",
        "mobility_need", "cin_ciphertext", "cin_index", "phone_ciphertext", "phone_index", "address_ciphertext",
        "registered_at", "registered_by", "updated_at",
    ];

    public static async Task<LoadReport> LoadAsync(string connectionString, SyntheticPatients generator, int count, TextWriter log, CancellationToken ct)
    {
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { CommandTimeout = 0 } }.Build();
        await using var admin = await dataSource.OpenConnectionAsync(ct);
        var leftNull = await CheckSchemaAsync(admin, ct);
        if (leftNull.Count > 0)
        {
            await log.WriteLineAsync($"  columns left NULL (added after this loader was written): {string.Join(", ", leftNull)}");
        }

        await ExecuteAsync(admin, "SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 2", ct);

        var indexes = await SecondaryIndexesAsync(admin, ct);
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(admin, $"DROP INDEX {Quote(name)}", ct);
        }

        var copyClock = Stopwatch.StartNew();
        var hajarIds = new List<Guid>(SampleSize);
        var hajarNames = new List<(string, string)>(SampleSize);
        long consents = 0, guardians = 0, diagnoses = 0, nameTokens = 0;
        var hajarCount = 0;

        await using (var patientsConnection = await OpenLoadingSessionAsync(dataSource, ct))
        await using (var consentsConnection = await OpenLoadingSessionAsync(dataSource, ct))
        await using (var guardiansConnection = await OpenLoadingSessionAsync(dataSource, ct))
        await using (var diagnosesConnection = await OpenLoadingSessionAsync(dataSource, ct))
        await using (var tokensConnection = await OpenLoadingSessionAsync(dataSource, ct))
        {
            await using var patients = await patientsConnection.BeginBinaryImportAsync(
                $"COPY patients ({string.Join(", ", PatientColumns)}) FROM STDIN (FORMAT BINARY)", ct);
            await using var consentRows = await consentsConnection.BeginBinaryImportAsync(
                "COPY patient_consents (patient_id, purpose, given, at, recorded_by, evidence) FROM STDIN (FORMAT BINARY)", ct);
            await using var guardianRows = await guardiansConnection.BeginBinaryImportAsync(
                "COPY patient_guardians (patient_id, name, relation, phone_ciphertext, phone_index) FROM STDIN (FORMAT BINARY)", ct);
            await using var diagnosisRows = await diagnosesConnection.BeginBinaryImportAsync(
                "COPY patient_diagnoses (patient_id, orpha_code, icd10, iuis_category, recorded_at, recorded_by) FROM STDIN (FORMAT BINARY)", ct);
            await using var tokenRows = await tokensConnection.BeginBinaryImportAsync(
                "COPY patient_name_tokens (association_id, token, patient_id, joined) FROM STDIN (FORMAT BINARY)", ct);

            var step = Math.Max(1, count / 10);
            for (var i = 0; i < count; i++)
            {
                var p = generator.Next(i);
                await WritePatientAsync(patients, p, ct);
                foreach (var c in p.Consents)
                {
                    await consentRows.StartRowAsync(ct);
                    await consentRows.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                    await consentRows.WriteAsync(c.Purpose, NpgsqlDbType.Varchar, ct);
                    await consentRows.WriteAsync(c.Given, NpgsqlDbType.Boolean, ct);
                    await consentRows.WriteAsync(c.At, NpgsqlDbType.TimestampTz, ct);
                    await consentRows.WriteAsync(c.RecordedBy, NpgsqlDbType.Varchar, ct);
                    await consentRows.WriteAsync(c.Evidence, NpgsqlDbType.Varchar, ct);
                }

                foreach (var g in p.Guardians)
                {
                    await guardianRows.StartRowAsync(ct);
                    await guardianRows.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                    await guardianRows.WriteAsync(g.Name, NpgsqlDbType.Varchar, ct);
                    await guardianRows.WriteAsync(g.Relation.ToString(), NpgsqlDbType.Varchar, ct);
                    await WriteOrNullAsync(guardianRows, g.PhoneCiphertext, NpgsqlDbType.Text, ct);
                    await WriteOrNullAsync(guardianRows, g.PhoneIndex, NpgsqlDbType.Varchar, ct);
                }

                foreach (var d in p.Diagnoses)
                {
                    await diagnosisRows.StartRowAsync(ct);
                    await diagnosisRows.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                    await WriteOrNullAsync(diagnosisRows, d.OrphaCode, NpgsqlDbType.Varchar, ct);
                    await WriteOrNullAsync(diagnosisRows, d.Icd10, NpgsqlDbType.Varchar, ct);
                    await WriteOrNullAsync(diagnosisRows, d.IuisCategory, NpgsqlDbType.Varchar, ct);
                    await diagnosisRows.WriteAsync(d.RecordedAt, NpgsqlDbType.TimestampTz, ct);
                    await diagnosisRows.WriteAsync(d.RecordedBy, NpgsqlDbType.Varchar, ct);
                }

                foreach (var (token, joined) in PatientNameToken.Words(p.FirstName, p.LastName))
                {
                    await tokenRows.StartRowAsync(ct);
                    await tokenRows.WriteAsync(p.AssociationId, NpgsqlDbType.Varchar, ct);
                    await tokenRows.WriteAsync(token, NpgsqlDbType.Varchar, ct);
                    await tokenRows.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                    await tokenRows.WriteAsync(joined, NpgsqlDbType.Boolean, ct);
                    nameTokens++;
                }

                consents += p.Consents.Count;
                guardians += p.Guardians.Count;
                diagnoses += p.Diagnoses.Count;
                if (p.AssociationId == SyntheticPatients.Hajar)
                {
                    hajarCount++;
                    Sample(hajarIds, p.Id, hajarCount, generator.Random);
                    Sample(hajarNames, (p.FirstName, p.LastName), hajarCount, generator.Random);
                }

                if ((i + 1) % step == 0)
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {i + 1,10:N0} patients written ({copyClock.Elapsed.TotalSeconds:0} s)"));
                }
            }

            await patients.CompleteAsync(ct);
            await consentRows.CompleteAsync(ct);
            await guardianRows.CompleteAsync(ct);
            await diagnosisRows.CompleteAsync(ct);
            await tokenRows.CompleteAsync(ct);
        }

        await ExecuteAsync(admin, "INSERT INTO name_token_vocabulary (association_id, token) SELECT DISTINCT association_id, token FROM patient_name_tokens WHERE NOT joined ON CONFLICT DO NOTHING", ct);

        copyClock.Stop();
        await log.WriteLineAsync($"  COPY done in {copyClock.Elapsed.TotalSeconds:0} s ({nameTokens:N0} name tokens); re-creating {indexes.Count} indexes");

        var indexClock = Stopwatch.StartNew();
        var builds = new List<IndexBuild>();
        foreach (var (name, definition) in indexes)
        {
            var one = Stopwatch.StartNew();
            await ExecuteAsync(admin, definition, ct);
            builds.Add(new IndexBuild(name, definition, one.Elapsed.TotalSeconds));
            await log.WriteLineAsync($"    {name}: {one.Elapsed.TotalSeconds:0.0} s");
        }

        var recreated = await SecondaryIndexesAsync(admin, ct);
        if (!recreated.OrderBy(i => i.Name, StringComparer.Ordinal).SequenceEqual(indexes.OrderBy(i => i.Name, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException("The indexes of patients and patient_name_tokens differ from the migrated schema after re-creation.");
        }

        indexClock.Stop();

        // What autovacuum would have done by the time a registry holds a million patients: hint bits,
        // visibility map (index-only scans) and planner statistics; then a checkpoint so the load's
        // writes are not flushed in the middle of the measurements.
        var vacuumClock = Stopwatch.StartNew();
        await ExecuteAsync(admin, "VACUUM (ANALYZE) patients, patient_consents, patient_guardians, patient_diagnoses, patient_name_tokens, name_token_vocabulary", ct);
        await ExecuteAsync(admin, "CHECKPOINT", ct);
        vacuumClock.Stop();
        await log.WriteLineAsync($"  VACUUM ANALYZE + CHECKPOINT in {vacuumClock.Elapsed.TotalSeconds:0} s");

        return new LoadReport(count, consents, guardians, diagnoses, hajarCount, copyClock.Elapsed, indexClock.Elapsed, vacuumClock.Elapsed, builds, leftNull, hajarIds, hajarNames);
    }

    private static async Task WritePatientAsync(NpgsqlBinaryImporter w, PatientRow p, CancellationToken ct)
    {
        await w.StartRowAsync(ct);
        await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(p.RegistryId, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.AssociationId, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.BranchId, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.FirstName, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.LastName, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.SearchName, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.DateOfBirth, NpgsqlDbType.Date, ct);
        await w.WriteAsync(p.BirthYear, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(p.Sex, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.VitalStatus, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.DateOfDeath, NpgsqlDbType.Date, ct);
        await WriteOrNullAsync(w, p.FirstSpecialisedVisitOn, NpgsqlDbType.Date, ct);
        await WriteOrNullAsync(w, p.AgeAtOnsetMonths, NpgsqlDbType.Integer, ct);
        await WriteOrNullAsync(w, p.AgeAtDiagnosisMonths, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(p.DiagnosisGroup, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.RegionCode, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.CityCode, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.FollowUpHospital, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.TreatingDoctor, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.MobilityNeed, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.Identity.CinCiphertext, NpgsqlDbType.Text, ct);
        await WriteOrNullAsync(w, p.Identity.CinIndex, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.Identity.PhoneCiphertext, NpgsqlDbType.Text, ct);
        await WriteOrNullAsync(w, p.Identity.PhoneIndex, NpgsqlDbType.Varchar, ct);
        await WriteOrNullAsync(w, p.Identity.AddressCiphertext, NpgsqlDbType.Text, ct);
        await w.WriteAsync(p.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(p.RegisteredBy, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(p.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
    }

    private static async Task WriteOrNullAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : class
    {
        if (value is null)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync(value, type, ct);
        }
    }

    private static async Task WriteOrNullAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct
    {
        if (value is { } present)
        {
            await writer.WriteAsync(present, type, ct);
        }
        else
        {
            await writer.WriteNullAsync(ct);
        }
    }

    /// <summary>Reservoir sampling: every item seen so far has the same chance to be in the sample.</summary>
    private static void Sample<T>(List<T> sample, T item, int seen, Random random)
    {
        if (sample.Count < SampleSize)
        {
            sample.Add(item);
        }
        else if (random.Next(seen) < SampleSize)
        {
            sample[random.Next(SampleSize)] = item;
        }
    }

    private static async Task<NpgsqlConnection> OpenLoadingSessionAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, "SET session_replication_role = replica; SET synchronous_commit = off", ct);
        return connection;
    }

    /// <summary>
    /// Fails when a column this loader writes is gone or a column it does not write needs a value
    /// (NOT NULL without default); columns added later that may stay NULL are left NULL and reported.
    /// </summary>
    private static async Task<List<string>> CheckSchemaAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var columns = new List<(string Name, bool MayBeLeftOut)>();
        const string sql = """
            SELECT column_name, is_nullable = 'YES' OR column_default IS NOT NULL
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'patients'
            """;
        await using (var command = new NpgsqlCommand(sql, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                columns.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }

        var missing = PatientColumns.Except(columns.Select(c => c.Name), StringComparer.Ordinal).ToList();
        var notWritten = columns.Where(c => !PatientColumns.Contains(c.Name, StringComparer.Ordinal)).ToList();
        var required = notWritten.Where(c => !c.MayBeLeftOut).Select(c => c.Name).ToList();
        if (missing.Count > 0 || required.Count > 0)
        {
            throw new InvalidOperationException(
                $"The patients table no longer matches this loader (gone: {string.Join(", ", missing)}; required but not written: {string.Join(", ", required)}). "
                + "Update PatientColumns and WritePatientAsync in tests/PatientNetwork.Benchmarks/Data/BulkLoader.cs.");
        }

        return notWritten.Select(c => c.Name).ToList();
    }

    /// <summary>Indexes of patients and of its name tokens that do not back a constraint (the primary keys stay).</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        const string sql = """
            SELECT i.indexname, i.indexdef
            FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename IN ('patients', 'patient_name_tokens')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.indexname
            """;
        var indexes = new List<(string, string)>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
#pragma warning disable CA2100 // Fixed statements and index definitions read back from pg_indexes.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
