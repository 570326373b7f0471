using System.Globalization;

namespace PatientNetwork.Benchmarks;

/// <summary>What a benchmark run may choose; every value has a default fit for the 1M-patient run.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage = """
        PatientNetwork Registry benchmark: loads synthetic patients into the Registry's PostgreSQL schema and
        measures the Registry over HTTP (real Kestrel, real JWT auth) next to the same queries run with Npgsql.

        dotnet run -c Release --project tests/PatientNetwork.Benchmarks -- [options]

          --scenario NAME      registry (default): the Registry alone, written to registry-<size>.md;
                               hardening: the Registry's overhead, the gateway's added latency and registration →
                               coverage account propagation in one run, written to hardening-performance.md;
                               claims: Funding's claims submit → approve → pay and ledger balance reads over a ledger
                               of --postings postings, next to the same SQL run raw, written to claims.md;
                               events-registration: Events registration under 200 concurrent clients next to raw SQL,
                               written to events.md (--requests is the total, default 500);
                               blood-drive-booking: public blood-drive booking with transport and SMS confirmation under
                               200 concurrent donors next to raw SQL, written to blood-drive-booking.md (--requests / 200
                               rounds through the gateway)

          --patients N         patients to load (default 1000000; 20000 is quick while developing)
          --requests N         measured requests per query (default 500)
          --warmup N           warm-up requests per query, not measured (default 20)
          --budget SECONDS     time limit per measured series; fewer requests are measured when reached (default 150)
          --seed N             random seed of the synthetic data and of the inputs (default 20261123)
          --data DIR           servers' data folder (default: a new folder under the system temp folder; wiped first)
          --keep-data          leave the data folder in place at the end (the servers are stopped either way)
          --out DIR            where results go (default: docs/benchmarks of the repository)
          --environment NAME   ASPNETCORE environment of the hosted Registry (default Production)
          --no-experiments     skip the extra raw queries that try the suggested fixes
          --gateway-requests N hardening: measured requests per path, direct and through the gateway (default 2000)
          --rate N             hardening: registrations per second sent through the gateway (default 100)
          --seconds N          hardening: how long registrations are sent (default 30)
          --claims N           claims: claims taken through submit → approve → pay (default 10000)
          --postings N         claims: ledger postings loaded before measuring (default 1000000)
          --source TEXT        what code is measured, for the results (default: git commit of the checkout, if any)
          --render FILE.json   only rewrite the markdown of an earlier run from its JSON (no servers, no measuring)
          --help               this text
        """;

    public const string RegistryScenario = "registry";
    public const string HardeningScenario = "hardening";
    public const string ClaimsScenario = "claims";
    public const string EventsRegistrationScenario = "events-registration";
    public const string BloodDriveBookingScenario = "blood-drive-booking";

    public int Claims { get; init; } = 10_000;

    public int Postings { get; init; } = 1_000_000;

    public string Scenario { get; init; } = RegistryScenario;

    public int Patients { get; init; } = 1_000_000;

    public int Requests { get; init; } = 500;

    public int Warmup { get; init; } = 20;

    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(150);

    public int Seed { get; init; } = 20261123;

    public string? DataDirectory { get; init; }

    public bool KeepData { get; init; }

    public string? OutputDirectory { get; init; }

    public string EnvironmentName { get; init; } = "Production";

    public bool Experiments { get; init; } = true;

    public int GatewayRequests { get; init; } = 2000;

    public int RegistrationsPerSecond { get; init; } = 100;

    public TimeSpan RegistrationTime { get; init; } = TimeSpan.FromSeconds(30);

    public string? Source { get; init; }

    public string? Render { get; init; }

    /// <summary>"1m", "20k", "1234": names the results files.</summary>
    public string SizeLabel => Patients switch
    {
        _ when Patients % 1_000_000 == 0 => $"{Patients / 1_000_000}m",
        _ when Patients % 1_000 == 0 => $"{Patients / 1_000}k",
        _ => Patients.ToString(CultureInfo.InvariantCulture),
    };

    private static string KnownScenario(string name) => name is RegistryScenario or HardeningScenario or ClaimsScenario or EventsRegistrationScenario or BloodDriveBookingScenario
        ? name
        : throw new ArgumentException($"--scenario is {RegistryScenario}, {HardeningScenario}, {ClaimsScenario}, {EventsRegistrationScenario} or {BloodDriveBookingScenario}.");

    /// <summary>Null when help was asked for.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            int Positive() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{arg} needs a positive whole number.");

            options = arg switch
            {
                "--help" or "-h" => null,
                "--patients" => options with { Patients = Positive() },
                "--requests" => options with { Requests = Positive() },
                "--warmup" => options with { Warmup = Positive() },
                "--budget" => options with { Budget = TimeSpan.FromSeconds(Positive()) },
                "--seed" => options with { Seed = Positive() },
                "--data" => options with { DataDirectory = Path.GetFullPath(Value()) },
                "--keep-data" => options with { KeepData = true },
                "--out" => options with { OutputDirectory = Path.GetFullPath(Value()) },
                "--environment" => options with { EnvironmentName = Value() },
                "--no-experiments" => options with { Experiments = false },
                "--scenario" => options with { Scenario = KnownScenario(Value()) },
                "--gateway-requests" => options with { GatewayRequests = Positive() },
                "--rate" => options with { RegistrationsPerSecond = Positive() },
                "--seconds" => options with { RegistrationTime = TimeSpan.FromSeconds(Positive()) },
                "--source" => options with { Source = Value() },
                "--claims" => options with { Claims = Positive() },
                "--postings" => options with { Postings = Positive() },
                "--render" => options with { Render = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"Unknown option {arg}."),
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
