using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PatientNetwork.AppHost.Model;
using PatientNetwork.Benchmarks.Data;
using PatientNetwork.Benchmarks.Hosting;
using PatientNetwork.Benchmarks.Measuring;
using PatientNetwork.Benchmarks.Reporting;
using PatientNetwork.Persistence;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.Benchmarks.Hardening;

/// <summary>
/// The performance figures of the hardening issue in one run, on one data set: the Registry's own
/// cost over its floor, SQL and audit write (the Registry hosted in this process, to see its SQL);
/// then, with the app host's own Registry process started again, the gateway's added latency and
/// registration → coverage account propagation. Written to <c>hardening-performance.md</c> and <c>.json</c>.
/// </summary>
public static class HardeningRun
{
    /// <summary>The staff limit for the run: the default (1,200 a minute per staff member) would refuse most of the measured requests.</summary>
    public const int StaffRequestsPerWindow = 1_000_000;

    private const string Login = "hajar.admin";

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var root = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "patientnetwork-bench", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var log = Console.Out;
        var loadAtStart = LatencyRunner.LoadAverage();
        BenchmarkSystem? system = null;
        RegistryHost? host = null;
        await log.WriteLineAsync($"Hardening benchmark: {options.Patients:N0} patients, data in {root}, load average {loadAtStart}");
        try
        {
            using (var startup = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                startup.CancelAfter(TimeSpan.FromMinutes(5));
                system = await BenchmarkSystem.StartAsync(Path.Combine(root, "data"), startup.Token, builder => Configure(builder, options.EnvironmentName));
            }

            host = new RegistryHost(system.RegistryEnvironment, options.EnvironmentName);
            host.Start();
            await log.WriteLineAsync($"Loading {options.Patients:N0} patients…");
            var generator = new SyntheticPatients(
                options.Patients,
                options.Seed,
                host.Services.GetRequiredService<ReferenceCatalog>(),
                host.Services.GetRequiredService<PatientIdentityProtector>(),
                DateTimeOffset.UtcNow);
            var load = await BulkLoader.LoadAsync(system.RegistryConnectionString, generator, options.Patients, log, ct);
            await using var registryDb = NpgsqlDataSource.Create(ServiceDatabaseExtensions.WithServiceDefaults(system.RegistryConnectionString));
            var machine = await MachineInfo.CollectAsync(registryDb, ct);
            var token = await SignInAsync(system, ct);

            await log.WriteLineAsync("1/3 The Registry's own cost (hosted in this process)…");
            var (registry, crossCheck, registrationPlans) = await MeasureRegistryAsync(options, host, registryDb, load, token, log, ct);
            await host.DisposeAsync();
            host = null;

            await log.WriteLineAsync("Starting the app host's Registry process again…");
            await system.StartRegistryAsync(ct);

            await log.WriteLineAsync("2/3 The gateway's added latency…");
            var gateway = await MeasureGatewayAsync(options, system, load, token, log, ct);

            await log.WriteLineAsync("3/3 Registration → coverage account visible in Funding…");
            await using var fundingDb = NpgsqlDataSource.Create(ServiceDatabaseExtensions.WithServiceDefaults(await system.ConnectionStringAsync("fundingdb", ct)));
            using var staff = Client(system.GatewayUrl, token);
            var propagation = await new Propagation(staff, fundingDb, registryDb, log).RunAsync(options.RegistrationsPerSecond, options.RegistrationTime, ct);

            total.Stop();
            var report = new HardeningReport(
                DateTimeOffset.UtcNow,
                options.Source ?? await BenchmarkRun.DescribeSourceAsync(ct),
                machine,
                options.Patients,
                options.EnvironmentName,
                options.Requests,
                options.Warmup,
                loadAtStart,
                LatencyRunner.LoadAverage(),
                StaffRequestsPerWindow,
                system.TelemetryEndpoint,
                registry,
                crossCheck,
                gateway,
                propagation,
                registrationPlans,
                total.Elapsed.TotalSeconds,
                $"dotnet run -c Release --project tests/PatientNetwork.Benchmarks -- --scenario hardening --patients {options.Patients}");
            var output = options.OutputDirectory ?? Path.Combine(Repository.FindRoot(), "docs", "benchmarks");
            var (markdown, json) = await HardeningWriter.WriteAsync(output, report, ct);
            await log.WriteLineAsync($"Results: {markdown} and {json} ({total.Elapsed.TotalMinutes:0.0} min)");
            return 0;
        }
        finally
        {
            await log.WriteLineAsync("Stopping the services and the servers…");
            await RunFolder.StopAndRemoveAsync(root, options.KeepData, log, host, system);
        }
    }

    /// <summary>
    /// Every service in the measured environment (the app host's default is Development) and exporting no
    /// telemetry (with the dashboard disabled nothing receives it, and the hosted Registry exports none
    /// either), and a staff limit the run does not reach.
    /// </summary>
    private static void Configure(Aspire.Hosting.Testing.IDistributedApplicationTestingBuilder builder, string environmentName)
    {
        foreach (var service in PatientNetworkModel.ServiceNames)
        {
            builder.CreateResourceBuilder<IResourceWithEnvironment>(service)
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", environmentName)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
        }

        builder.CreateResourceBuilder<IResourceWithEnvironment>(PatientNetworkModel.Gateway)
            .WithEnvironment("RateLimits__StaffRequestsPerWindow", StaffRequestsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Signs in at the gateway as a demo admin; the same token goes to the Registry directly and through the gateway.</summary>
    private static async Task<string> SignInAsync(BenchmarkSystem system, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = system.GatewayUrl };
        using var response = await client.PostAsJsonAsync("/auth/token", new { login = Login, password = system.Secrets.DemoStaffPassword, code = system.Secrets.DemoTwoFactorCode(DateTimeOffset.UtcNow) }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<(List<ScenarioResult> Results, string CrossCheck, Dictionary<string, string> RegistrationPlans)> MeasureRegistryAsync(
        BenchmarkOptions options, RegistryHost host, NpgsqlDataSource database, LoadReport load, string token, TextWriter log, CancellationToken ct)
    {
        using var http = Client(host.Url, token);
        var queries = new RegistryQueries(http, database, BenchmarkRun.Association);

        // Without a token the empty request must be refused, or it would not be measuring authentication.
        using (var anonymous = new HttpClient { BaseAddress = host.Url })
        using (var refused = await anonymous.GetAsync(EmptyAuthenticatedRequest.Path, ct))
        {
            if (refused.StatusCode != HttpStatusCode.Unauthorized)
            {
                throw new InvalidOperationException($"{EmptyAuthenticatedRequest.Path} without a token answered {(int)refused.StatusCode}, not 401.");
            }
        }

        var inputs = new Random(options.Seed + 1);
        var respeller = new NamePicker(inputs);
        var count = options.Warmup + options.Requests;
        var names = Enumerable.Range(0, count).Select(_ => BenchmarkRun.SearchTerm(load.HajarNames[inputs.Next(load.HajarNames.Count)], respeller, inputs)).ToList();
        var ids = Enumerable.Range(0, count).Select(_ => load.HajarIds[inputs.Next(load.HajarIds.Count)]).ToList();

        await log.WriteLineAsync($"  capturing the SQL the service sends ({names.Count} searches, one list, one get)…");
        List<ServiceRequest> searches = [], gets;
        ServiceRequest list;
        string crossCheck;
        List<EfCommand> registration;
        using (var capture = EfCommandCapture.Start())
        {
            foreach (var name in names)
            {
                var path = RegistryQueries.SearchPath(name);
                searches.Add(new ServiceRequest(path, await BenchmarkRun.CaptureAsync(capture, queries, path, log, ct)));
            }

            list = new ServiceRequest(RegistryQueries.ListPath, await BenchmarkRun.CaptureAsync(capture, queries, RegistryQueries.ListPath, log, ct));
            var getSent = await BenchmarkRun.CaptureAsync(capture, queries, $"/patients/{ids[0]}", log, ct);
            gets = ids.Select(id => BenchmarkRun.Get(id, ids[0], getSent)).ToList();
            crossCheck = string.Join("; ", new[]
            {
                await BenchmarkRun.CheckAsync(capture, queries, "search", searches.Skip(1).Take(10).ToList(), ct),
                await BenchmarkRun.CheckAsync(capture, queries, "get by id", [gets[1]], ct),
            });
            registration = await CaptureRegistrationAsync(capture, http, ct);
        }

        var registrationPlans = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (read, i) in registration.Where(c => c.IsRead && c.Sql.Contains("FROM patients", StringComparison.Ordinal)).Select((c, i) => (c, i)))
        {
            registrationPlans[$"registration, read {i + 1}"] = $"{QueryInspection.Readable(read)}\n\n{await QueryInspection.ExplainAsync(database, read, ct)}";
        }

        var runner = new LatencyRunner(options.Warmup, options.Requests, options.Budget, log);
        var lists = Enumerable.Repeat(list, count).ToList();
        List<ScenarioResult> results =
        [
            await runner.RunAsync(
                new Scenario<int>(ScenarioResult.FloorKey, "Authenticated empty request", $"GET {EmptyAuthenticatedRequest.Path}", "SELECT 1", Enumerable.Range(0, count).ToList(), queries.EmptyRequest, queries.RawFloor),
                ct),
            await runner.RunAsync(
                new Scenario<ServiceRequest>("search", "Fuzzy name search", "GET /patients?name=<name>&pageSize=20", QueryInspection.Readable(searches[0].Reads), searches, queries.Service, queries.RawReads, AuditWrite: queries.RawAuditWrite),
                ct),
            await runner.RunAsync(
                new Scenario<ServiceRequest>("filtered-list", "Filtered list", RegistryQueries.ListPath, QueryInspection.Readable(list.Reads), lists, queries.Service, queries.RawReads, AuditWrite: queries.RawAuditWrite),
                ct),
            await runner.RunAsync(
                new Scenario<ServiceRequest>("get-by-id", "Get by id", "GET /patients/{id}", QueryInspection.Readable(gets[0].Reads), gets, queries.Service, queries.RawReads, AuditWrite: queries.RawAuditWrite),
                ct),
        ];
        return (results, crossCheck, registrationPlans);
    }

    /// <summary>What one registration makes the hosted Registry send, to read the plans of its reads (duplicate detection).</summary>
    private static async Task<List<EfCommand>> CaptureRegistrationAsync(EfCommandCapture capture, HttpClient http, CancellationToken ct) =>
        await capture.DuringAsync(async () =>
        {
            using var response = await http.PostAsJsonAsync("/patients", Propagation.NewPatient(), ct);
            response.EnsureSuccessStatusCode();
        });

    private static async Task<List<GatewayResult>> MeasureGatewayAsync(BenchmarkOptions options, BenchmarkSystem system, LoadReport load, string token, TextWriter log, CancellationToken ct)
    {
        using var direct = Client(system.ServiceUrl(BenchmarkSystem.Registry), token);
        using var gateway = Client(system.GatewayUrl, token);
        var inputs = new Random(options.Seed + 2);
        // The app host's Registry has just started: a longer warm-up than for the hosted one, whose code had run the first part.
        var warmup = Math.Max(options.Warmup, 200);
        var count = warmup + options.GatewayRequests;
        var gets = Enumerable.Range(0, count).Select(_ => $"/patients/{load.HajarIds[inputs.Next(load.HajarIds.Count)]}").ToList();
        var lists = Enumerable.Repeat(RegistryQueries.ListPath, count).ToList();
        var runner = new LatencyRunner(warmup, options.GatewayRequests, options.Budget, log);
        var results = new List<GatewayResult>();
        foreach (var (key, title, request, paths) in new[] { ("get-by-id", "Get by id", "GET /patients/{id}", gets), ("filtered-list", "Filtered list", $"GET {RegistryQueries.ListPath}", lists) })
        {
            var measured = await runner.RunAsync(new Scenario<string>(key, title, request, "-", paths, Get(gateway, "/api/registry"), Get(direct, "")), ct);
            results.Add(new GatewayResult(measured.Key, measured.Title, measured.ServiceRequest, measured.Raw, measured.Service!, measured.LoadAverageBefore, measured.LoadAverageAfter));
        }

        return results;
    }

    private static Probe<string> Get(HttpClient client, string prefix) => new(
        async (path, ct) =>
        {
            using var response = await client.GetAsync(prefix + path, HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return response.IsSuccessStatusCode
                ? body
                : throw new HttpRequestException($"GET {prefix}{path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        },
        _ => 1);

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
