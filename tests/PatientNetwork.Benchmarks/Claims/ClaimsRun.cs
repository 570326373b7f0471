using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Npgsql;
using NpgsqlTypes;
using PatientNetwork.AppHost.Model;
using PatientNetwork.Benchmarks.Hosting;
using PatientNetwork.Benchmarks.Measuring;
using PatientNetwork.Benchmarks.Reporting;
using PatientNetwork.Persistence;

namespace PatientNetwork.Benchmarks.Claims;

/// <summary>
/// Funding's claims under volume, against the app host's own Funding process: a ledger of
/// <c>--postings</c> postings loaded first, then <c>--claims</c> claims taken one at a time through
/// create → submit → review → approve → payout run → pay, timing approval, payment and balance
/// reads, each next to the same SQL run raw with Npgsql (rolled back). Written to docs/benchmarks/claims.md.
/// </summary>
public static class ClaimsRun
{
    private const string Association = "hajar";
    private const int ClaimsPerRun = 100;
    private const int PatientsCount = 1_000;

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var root = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "patientnetwork-bench", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var log = Console.Out;
        var loadAtStart = LatencyRunner.LoadAverage();
        BenchmarkSystem? system = null;
        await log.WriteLineAsync($"Claims benchmark: {options.Claims:N0} claims, {options.Postings:N0} ledger postings, data in {root}, load average {loadAtStart}");
        try
        {
            using (var startup = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                startup.CancelAfter(TimeSpan.FromMinutes(5));
                system = await BenchmarkSystem.StartAsync(Path.Combine(root, "data"), startup.Token, builder =>
                {
                    // The app host models the services as local processes (ServiceResource), not Aspire projects.
                    foreach (var service in PatientNetworkModel.ServiceNames)
                    {
                        builder.CreateResourceBuilder<IResourceWithEnvironment>(service)
                            .WithEnvironment("ASPNETCORE_ENVIRONMENT", options.EnvironmentName)
                            .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
                    }
                });
            }

            await using var fundingDb = NpgsqlDataSource.Create(ServiceDatabaseExtensions.WithServiceDefaults(await system.ConnectionStringAsync("fundingdb", ct)));
            var machine = await MachineInfo.CollectAsync(fundingDb, ct);
            var funding = system.ServiceUrl("funding");
            using var admin = Client(funding, await SignInAsync(system, "hajar.admin", ct));
            using var coordinator = Client(funding, await SignInAsync(system, "hajar.coordinator", ct));

            await log.WriteLineAsync("Programme, fund and patients…");
            var programmeId = await CreateProgrammeAsync(admin, ct);
            var patients = await InsertPatientsAsync(fundingDb, programmeId, ct);
            var fund = await FundAsync(admin, programmeId, ct);

            await log.WriteLineAsync($"Loading {options.Postings:N0} ledger postings…");
            var loadClock = Stopwatch.StartNew();
            var ledgerFund = await LoadLedgerAsync(admin, fundingDb, options.Postings, ct);
            await log.WriteLineAsync($"  loaded in {loadClock.Elapsed.TotalSeconds:0} s");

            await log.WriteLineAsync($"{options.Claims:N0} claims through submit → review → approve…");
            var inputs = new Random(options.Seed);
            var approvals = new List<double>();
            var setups = new List<double>();
            var approved = new List<Guid>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            for (var i = 0; i < options.Claims; i++)
            {
                var patient = patients[inputs.Next(patients.Count)];
                var clock = Stopwatch.StartNew();
                var claimId = await SendAsync<Guid>(coordinator, HttpMethod.Post, "/claims", new
                {
                    patientId = patient,
                    programmeId,
                    pharmacy = new { name = "Pharmacie Benchmark", city = "Casablanca" },
                    invoiceNumber = $"B-{i:D7}-{options.Seed}",
                    invoiceDate = today,
                    currency = "MAD",
                    lines = new[] { new { medicine = "IgG", atcCode = "J06BA02", quantity = 1 + inputs.Next(3), unitPriceCentimes = 5_000L + inputs.Next(50_000), dispensedOn = today.AddDays(-inputs.Next(60)), otherPayerCentimes = 0L } },
                }, null, body => body.GetProperty("id").GetGuid(), ct);
                await SendAsync<bool>(coordinator, HttpMethod.Post, $"/claims/{claimId}/submission", new { }, null, _ => true, ct);
                await SendAsync<bool>(admin, HttpMethod.Post, $"/claims/{claimId}/review", new { }, null, _ => true, ct);
                setups.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                await SendAsync<bool>(admin, HttpMethod.Post, $"/claims/{claimId}/approval", new { }, Guid.NewGuid().ToString(), _ => true, ct);
                approvals.Add(clock.Elapsed.TotalMilliseconds);
                approved.Add(claimId);
                if ((i + 1) % 1_000 == 0)
                {
                    await log.WriteLineAsync($"  {i + 1:N0} approved (approval p50 so far {LatencyStats.Of(approvals).P50:0.0} ms)");
                }
            }

            await log.WriteLineAsync("Payout runs and payments…");
            var payments = new List<double>();
            foreach (var batch in approved.Chunk(ClaimsPerRun))
            {
                var runId = await SendAsync<Guid>(admin, HttpMethod.Post, "/payout-runs", new { payee = "pharmacy", method = "bank-transfer", claimIds = batch }, Guid.NewGuid().ToString(), body => body.GetProperty("id").GetGuid(), ct);
                foreach (var claimId in batch)
                {
                    var clock = Stopwatch.StartNew();
                    await SendAsync<bool>(admin, HttpMethod.Post, $"/payout-runs/{runId}/claims/{claimId}/payment", new { reference = "BENCH" }, Guid.NewGuid().ToString(), _ => true, ct);
                    payments.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            await log.WriteLineAsync("Raw SQL of an approval and a payment (rolled back), and balance reads…");
            var rawApprovals = await TimeAsync(Math.Min(options.Requests, approved.Count), i => RawApprovalAsync(fundingDb, approved[i], fund, programmeId, ct));
            var rawPayments = await TimeAsync(Math.Min(options.Requests, approved.Count), i => RawPaymentAsync(fundingDb, approved[i], fund, ct));
            for (var i = 0; i < options.Warmup; i++)
            {
                await SendAsync<bool>(admin, HttpMethod.Get, $"/ledger/accounts/{ledgerFund}", null, null, _ => true, ct);
            }

            var balances = await TimeAsync(options.Requests, _ => SendAsync<bool>(admin, HttpMethod.Get, $"/ledger/accounts/{ledgerFund}", null, null, _ => true, ct));
            var rawBalances = await TimeAsync(options.Requests, _ => RawBalanceAsync(fundingDb, ledgerFund, ct));

            var reconcileClock = Stopwatch.StartNew();
            var reconciled = await SendAsync(admin, HttpMethod.Get, "/ledger/reconciliation", null, null, body => body.GetProperty("reconciled").GetBoolean(), ct);
            var reconcileMs = reconcileClock.Elapsed.TotalMilliseconds;
            var postings = await ScalarAsync<long>(fundingDb, "SELECT count(*) FROM ledger_postings", ct);

            total.Stop();
            var report = new ClaimsReport(
                DateTimeOffset.UtcNow, options.Source ?? await BenchmarkRun.DescribeSourceAsync(ct), machine, options.Claims, postings, loadAtStart, LatencyRunner.LoadAverage(),
                LatencyStats.Of(setups), LatencyStats.Of(approvals), rawApprovals, LatencyStats.Of(payments), rawPayments, balances, rawBalances,
                reconciled, reconcileMs, total.Elapsed.TotalMinutes,
                $"dotnet run -c Release --project tests/PatientNetwork.Benchmarks -- --scenario claims --claims {options.Claims} --postings {options.Postings}");
            var output = options.OutputDirectory ?? Path.Combine(Repository.FindRoot(), "docs", "benchmarks");
            Directory.CreateDirectory(output);
            var path = Path.Combine(output, "claims.md");
            await File.WriteAllTextAsync(path, report.ToMarkdown(), ct);
            await log.WriteLineAsync($"Results: {path} ({total.Elapsed.TotalMinutes:0.0} min)");
            return reconciled ? 0 : 1;
        }
        finally
        {
            await log.WriteLineAsync("Stopping the services and the servers…");
            await RunFolder.StopAndRemoveAsync(root, options.KeepData, log, system);
        }
    }

    /// <summary>A demo staff member's token from the gateway (two distinct people: the approver is never the submitter).</summary>
    private static async Task<string> SignInAsync(BenchmarkSystem system, string login, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = system.GatewayUrl };
        using var response = await client.PostAsJsonAsync("/auth/token", new { login, password = system.Secrets.DemoStaffPassword, code = system.Secrets.DemoTwoFactorCode(DateTimeOffset.UtcNow) }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<T> SendAsync<T>(HttpClient client, HttpMethod method, string path, object? body, string? idempotencyKey, Func<JsonElement, T> read, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return read(JsonDocument.Parse(text).RootElement);
    }

    private static async Task<Guid> CreateProgrammeAsync(HttpClient admin, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await SendAsync(admin, HttpMethod.Post, "/programmes", new
        {
            name = "Benchmark DIP 80 %",
            rateBasisPoints = 8_000,
            basis = "remainder-after-other-payer",
            validFrom = new DateOnly(today.Year - 1, 1, 1),
            annualCapPerPatientCentimes = 1_000_000_000L,
            annualBudgetCentimes = 1_000_000_000L,
            eligibleMedicines = new[] { new { name = "IgG", atcCode = "J06BA" } },
        }, null, body => body.GetProperty("id").GetGuid(), ct);
    }

    /// <summary>The programme's fund receives 10 million MAD: the claims never run out of money.</summary>
    private static async Task<Guid> FundAsync(HttpClient admin, Guid programmeId, CancellationToken ct)
    {
        await SendAsync<bool>(admin, HttpMethod.Post, "/ledger/receipts", new { amountCentimes = 1_000_000_000L, currency = "MAD", programmeId, method = "bank-transfer", memo = "Benchmark grant" },
            Guid.NewGuid().ToString(), _ => true, ct);
        var accounts = await SendAsync(admin, HttpMethod.Get, "/ledger/accounts", null, null, body => body.Clone(), ct);
        return accounts.EnumerateArray().Single(a => a.GetProperty("code").GetString() == $"programme-fund:{programmeId:N}").GetProperty("id").GetGuid();
    }

    /// <summary>Coverage accounts written straight into Funding's table, as its registration consumer would have opened them.</summary>
    private static async Task<List<Guid>> InsertPatientsAsync(NpgsqlDataSource db, Guid programmeId, CancellationToken ct)
    {
        var ids = Enumerable.Range(0, PatientsCount).Select(_ => Guid.CreateVersion7()).ToList();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO coverage_accounts (id, patient_id, association_id, rate_basis_points, opened_at, status, status_since, programme_id, region_code, diagnosis_group, retention_held)
            SELECT gen_random_uuid(), p, 'hajar', 8000, now(), 'Active', now(), $1, 'casablanca-settat', 'primary-immunodeficiency', false FROM unnest($2::uuid[]) p
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = programmeId });
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        await command.ExecuteNonQueryAsync(ct);
        return ids;
    }

    /// <summary>
    /// A second programme whose fund receives <paramref name="postings"/>/2 receipts (bank debited, fund
    /// credited), copied in with COPY, with the stored sums set to match; the reconciliation at the end checks them.
    /// </summary>
    private static async Task<Guid> LoadLedgerAsync(HttpClient admin, NpgsqlDataSource db, int postings, CancellationToken ct)
    {
        var programmeId = await SendAsync(admin, HttpMethod.Post, "/programmes", new
        {
            name = "Benchmark ledger", rateBasisPoints = 8_000, validFrom = new DateOnly(2020, 1, 1), annualBudgetCentimes = 1_000L,
        }, null, body => body.GetProperty("id").GetGuid(), ct);
        var fund = await FundAsync(admin, programmeId, ct);
        var bank = await ScalarAsync<Guid>(db, "SELECT id FROM ledger_accounts WHERE association_id = 'hajar' AND code = 'bank'", ct);
        var transactions = postings / 2;
        const long amount = 1_234;
        await using var connection = await db.OpenConnectionAsync(ct);
        var ids = new Guid[transactions];
        var start = DateTimeOffset.UtcNow.AddDays(-400);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY ledger_transactions (id, association_id, idempotency_key, kind, memo, at, recorded_by, state, amount) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < transactions; i++)
            {
                ids[i] = Guid.CreateVersion7();
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(Association, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync($"bench-load-{i}", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync("receipt", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync("Benchmark donation", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(start.AddSeconds(i * 60.0).UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync("benchmark", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync("Posted", NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(amount, NpgsqlDbType.Bigint, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY ledger_postings (transaction_id, account_id, side, amount) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var id in ids)
            {
                foreach (var (account, side) in new[] { (bank, "Debit"), (fund, "Credit") })
                {
                    await writer.StartRowAsync(ct);
                    await writer.WriteAsync(id, NpgsqlDbType.Uuid, ct);
                    await writer.WriteAsync(account, NpgsqlDbType.Uuid, ct);
                    await writer.WriteAsync(side, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(amount, NpgsqlDbType.Bigint, ct);
                }
            }

            await writer.CompleteAsync(ct);
        }

        await using (var update = new NpgsqlCommand(
            "UPDATE ledger_accounts SET debits_posted = debits_posted + CASE WHEN id = $1 THEN $3 ELSE 0 END, credits_posted = credits_posted + CASE WHEN id = $2 THEN $3 ELSE 0 END WHERE id IN ($1, $2)", connection))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = bank });
            update.Parameters.Add(new NpgsqlParameter { Value = fund });
            update.Parameters.Add(new NpgsqlParameter { Value = amount * transactions });
            await update.ExecuteNonQueryAsync(ct);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE ledger_transactions; ANALYZE ledger_postings; ANALYZE ledger_accounts", connection))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return fund;
    }

    /// <summary>What an approval does in SQL: lock the claim and the two accounts, read what the patient and programme used (the usage rows), move one, write the reservation; rolled back.</summary>
    private static async Task RawApprovalAsync(NpgsqlDataSource db, Guid claimId, Guid fund, Guid programmeId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecAsync(connection, "SELECT 1 FROM claims WHERE id = $1 FOR UPDATE", ct, claimId);
        await ExecAsync(connection, "SELECT * FROM ledger_accounts WHERE association_id = 'hajar' AND code = ANY($1) ORDER BY id FOR UPDATE", ct, (object)new[] { $"programme-fund:{programmeId:N}", "claims-payable" });
        await ExecAsync(connection,
            """
            SELECT year, scope, covered_centimes FROM coverage_usage
            WHERE programme_id = $2 AND year = date_part('year', now())::int
              AND ((scope = 'programme' AND subject_id = $2) OR (scope = 'patient' AND subject_id = (SELECT patient_id FROM claims WHERE id = $1)))
            """, ct, claimId, programmeId);
        await ExecAsync(connection,
            """
            INSERT INTO coverage_usage (programme_id, year, scope, subject_id, association_id, covered_centimes)
            VALUES ($1, date_part('year', now())::int, 'programme', $1, 'hajar', 100)
            ON CONFLICT (programme_id, year, scope, subject_id) DO UPDATE SET covered_centimes = coverage_usage.covered_centimes + 100
            """, ct, programmeId);
        await WriteMovementAsync(connection, fund, "Pending", ct);
        await transaction.RollbackAsync(ct);
    }

    /// <summary>What a payment does in SQL: lock the claim and accounts, resolve the reservation, write the payment; rolled back.</summary>
    private static async Task RawPaymentAsync(NpgsqlDataSource db, Guid claimId, Guid fund, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecAsync(connection, "SELECT 1 FROM claims WHERE id = $1 FOR UPDATE", ct, claimId);
        await ExecAsync(connection, "SELECT * FROM ledger_accounts WHERE association_id = 'hajar' AND code = ANY($1) ORDER BY id FOR UPDATE", ct, (object)new[] { "bank", "claims-payable" });
        await ExecAsync(connection, "UPDATE ledger_transactions SET state = 'PendingPosted', resolved_at = now() WHERE claim_id = $1 AND kind = 'claim-reservation'", ct, claimId);
        await WriteMovementAsync(connection, fund, "Posted", ct);
        await ExecAsync(connection, "UPDATE claims SET status = 'Paid', paid_at = now() WHERE id = $1", ct, claimId);
        await transaction.RollbackAsync(ct);
    }

    private static async Task WriteMovementAsync(NpgsqlConnection connection, Guid account, string state, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await ExecAsync(connection, "INSERT INTO ledger_transactions (id, association_id, idempotency_key, kind, memo, at, recorded_by, state, amount) VALUES ($1, 'hajar', $2, 'raw', '', now(), 'raw', $3, 100)", ct, id, id.ToString(), state);
        await ExecAsync(connection, "INSERT INTO ledger_postings (transaction_id, account_id, side, amount) VALUES ($1, $2, 'Debit', 100), ($1, $2, 'Credit', 100)", ct, id, account);
        await ExecAsync(connection, "UPDATE ledger_accounts SET debits_pending = debits_pending + 100, credits_pending = credits_pending + 100 WHERE id = $1", ct, account);
    }

    private static async Task RawBalanceAsync(NpgsqlDataSource db, Guid account, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await ExecAsync(connection, "SELECT * FROM ledger_accounts WHERE id = $1 AND association_id = 'hajar'", ct, account);
    }

    private static async Task ExecAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<LatencyStats> TimeAsync(int count, Func<int, Task> call)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await call(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return LatencyStats.Of(times);
    }
}
