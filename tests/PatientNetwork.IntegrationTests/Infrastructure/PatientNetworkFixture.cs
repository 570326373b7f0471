using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpenTelemetry;
using OpenTelemetry.Trace;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Servers;
using PatientNetwork.Events;
using PatientNetwork.Funding;
using PatientNetwork.Gateway;
using PatientNetwork.Partnerships;
using PatientNetwork.Registry;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// Starts the app host's model once per test run: real PostgreSQL, Redis and RabbitMQ as child
/// processes in a fresh temporary data directory, and the four services and the gateway on their
/// own ports. Tests share it and keep out of each other's way through their data.
/// </summary>
public sealed class PatientNetworkFixture : IAsyncLifetime
{
    private readonly List<IServiceHost> hosts = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> tokens = new(StringComparer.Ordinal);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "patientnetwork-tests", Guid.NewGuid().ToString("N"));
    private TracerProvider? tracing;
    private StreamWriter? serverLog;

    public DistributedApplication App { get; private set; } = null!;

    public LocalSecrets Secrets { get; private set; } = null!;

    public RabbitMqServer Broker { get; private set; } = null!;

    /// <summary>Every span every service ended during the run, kept by an OpenTelemetry in-memory exporter.</summary>
    public SpanCollection Spans { get; } = new();

    public Uri GatewayUrl => App.Project("gateway").Url;

    public async Task InitializeAsync()
    {
        tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("*")
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(Spans)
            .Build();

        Directory.CreateDirectory(dataDirectory);
        serverLog = new StreamWriter(Path.Combine(dataDirectory, "servers.log")) { AutoFlush = true };
        var settings = new AppHostSettings { DataDirectory = dataDirectory, GatewayPort = 0, Fresh = true };
        var builder = new DistributedApplicationBuilder(settings, TextWriter.Synchronized(serverLog));
        Secrets = builder.Secrets;
        App = PatientNetworkModel.Define(builder);
        Broker = App.Servers.OfType<RabbitMqServer>().Single();

        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await App.StartInfrastructureAsync(startup.Token);

        Start(new ServiceHost<RegistryApi>(App.Project("registry"), NoOverrides));
        Start(new ServiceHost<FundingApi>(App.Project("funding"), NoOverrides));
        Start(new ServiceHost<EventsApi>(App.Project("events"), NoOverrides));
        Start(new ServiceHost<PartnershipsApi>(App.Project("partnerships"), NoOverrides));
        Start(new ServiceHost<GatewayApp>(App.Project("gateway"), new Dictionary<string, string>
        {
            // Tests poll public endpoints; the limit itself is proven on sign-in attempts.
            ["RateLimits__PublicRequestsPerWindow"] = "100000",
        }));
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(hosts))
        {
            await host.DisposeAsync();
        }

        if (App is not null)
        {
            await App.StopInfrastructureAsync();
        }

        tracing?.Dispose();
        serverLog?.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server's late log write; the temp folder is cleaned by the OS eventually.
        }
    }

    /// <summary>A service database's connection string, to check what is stored at rest.</summary>
    public string ConnectionString(string database) =>
        App.Projects.Select(p => p.ResolveEnvironment().GetValueOrDefault($"ConnectionStrings__{database}")).First(c => c is not null)!;

    public IServiceProvider ServicesOf(string project) => hosts.Single(h => h.Project.Name == project).Services;

    public HttpClient Anonymous() => new() { BaseAddress = GatewayUrl };

    /// <summary>
    /// A client signed in at the gateway as one of the demo staff. Each login signs in once per run
    /// (tokens last an hour); every call still gets its own client.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string login)
    {
        var token = await tokens.GetOrAdd(login, RequestTokenAsync);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> RequestTokenAsync(string login)
    {
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/auth/token", new { login, password = Secrets.DemoStaffPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    private static readonly IReadOnlyDictionary<string, string> NoOverrides = new Dictionary<string, string>();

    private void Start(IServiceHost host)
    {
        hosts.Add(host);
        host.Start();
    }

    private sealed record TokenBody(string AccessToken);
}
