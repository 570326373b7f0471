using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Postgres;

namespace PatientNetwork.Benchmarks.Hosting;

/// <summary>
/// The app host's model started through Aspire.Hosting.Testing in a fresh folder. Its Registry runs
/// once to migrate the database and is then stopped, so the Registry measured is the one this
/// process hosts (with the configuration the app host gave the stopped one), alone on its database.
/// A run that measures the whole system starts the app host's Registry again once it is done with its own.
/// </summary>
public sealed class BenchmarkSystem : IAsyncDisposable
{
    public const string Registry = "registry";

    private BenchmarkSystem(DistributedApplication app, LocalSecrets secrets, IReadOnlyDictionary<string, string> registryEnvironment, string? telemetryEndpoint)
    {
        TelemetryEndpoint = telemetryEndpoint;
        App = app;
        Secrets = secrets;
        RegistryEnvironment = registryEnvironment;
    }

    public DistributedApplication App { get; }

    public LocalSecrets Secrets { get; }

    /// <summary>The stopped Registry's environment, less what belongs to its own process (its URL, the OTLP exporter).</summary>
    public IReadOnlyDictionary<string, string> RegistryEnvironment { get; }

    /// <summary>Where the app host's services export OpenTelemetry (OTLP), if anywhere: exporting costs them time.</summary>
    public string? TelemetryEndpoint { get; }

    public string RegistryConnectionString => RegistryEnvironment["ConnectionStrings__registrydb"];

    public Uri GatewayUrl => ServiceUrl(PatientNetworkModel.Gateway);

    /// <summary>Starts the model; <paramref name="configure"/> may change it first (a service's environment, for instance).</summary>
    public static async Task<BenchmarkSystem> StartAsync(string dataDirectory, CancellationToken ct, Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PatientNetwork_AppHost>(
            ["--data", dataDirectory, "--fresh", "--gateway-port", "0", "--no-demo-patients"],
            (options, _) => options.DisableDashboard = true,
            ct);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(ct);
        await app.StartAsync(ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(Registry, ct);

        var registry = PatientNetworkModel.Service(app.Services.GetRequiredService<DistributedApplicationModel>(), Registry);
        var configuration = await ExecutionConfigurationBuilder.Create(registry)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(new(DistributedApplicationOperation.Run), NullLogger.Instance, ct);
        var telemetryEndpoint = configuration.EnvironmentVariables.FirstOrDefault(pair => pair.Key == "OTEL_EXPORTER_OTLP_ENDPOINT").Value;
        var environment = configuration.EnvironmentVariables
            .Where(pair => !pair.Key.StartsWith("OTEL_", StringComparison.Ordinal) && pair.Key is not ("ASPNETCORE_URLS" or "HTTP_PORTS"))
            .ToDictionary(StringComparer.Ordinal);
        var stop = await app.ResourceCommands.ExecuteCommandAsync(Registry, KnownResourceCommands.StopCommand, ct);
        if (!stop.Success)
        {
            throw new InvalidOperationException($"Stopping the app host's Registry failed: {stop.Message}");
        }

        await app.ResourceNotifications.WaitForResourceAsync(Registry, KnownResourceStates.TerminalStates, ct);
        return new BenchmarkSystem(app, LocalSecrets.LoadOrCreate(dataDirectory), environment, telemetryEndpoint);
    }

    /// <summary>Starts the app host's own Registry process again (after the hosted one was disposed) and waits until it is healthy.</summary>
    public async Task StartRegistryAsync(CancellationToken ct)
    {
        var start = await App.ResourceCommands.ExecuteCommandAsync(Registry, KnownResourceCommands.StartCommand, ct);
        if (!start.Success)
        {
            throw new InvalidOperationException($"Starting the app host's Registry failed: {start.Message}");
        }

        await App.ResourceNotifications.WaitForResourceHealthyAsync(Registry, ct);
    }

    /// <summary>A service's own address (the app host runs them without a proxy), bypassing the gateway.</summary>
    public Uri ServiceUrl(string service) => App.GetEndpoint(service, "http");

    public async Task<string> ConnectionStringAsync(string database, CancellationToken ct)
    {
        var resource = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<PostgresDatabaseResource>().Single(d => d.Name == database);
        return (await resource.ConnectionStringExpression.GetValueAsync(ct))!;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
