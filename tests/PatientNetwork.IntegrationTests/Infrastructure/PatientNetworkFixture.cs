using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MassTransit;
using Npgsql;
using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Postgres;
using PatientNetwork.IntegrationTests.Infrastructure.Telemetry;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// Starts the Aspire AppHost once per test run with Aspire.Hosting.Testing: real PostgreSQL, Redis
/// and RabbitMQ as executables in a fresh temporary data folder, and the four services and the
/// gateway as the separate processes they are in production, exporting their telemetry over OTLP
/// to a receiver in this process. Tests share it and keep out of each other's way through their data.
/// </summary>
public class PatientNetworkFixture : IAsyncLifetime
{
    public const string Broker = "messaging";

    /// <summary>A login the gateway lets idle for only <see cref="IdleTestTimeout"/> (the session idle test invites it).</summary>
    public const string IdleTestLogin = "idle-test.hajar";

    public static readonly TimeSpan IdleTestTimeout = TimeSpan.FromSeconds(4);

    /// <summary>Reset codes last seconds in tests, so the expiry test can wait one out (production: a day).</summary>
    public static readonly TimeSpan PasswordResetLifetime = TimeSpan.FromSeconds(8);

    /// <summary>How long Partnerships waits for a webhook receiver's answer in tests (production: 10 s).</summary>
    public static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Failed webhook attempts in a row that disable an endpoint in tests (production: 50): one delivery's five attempts.</summary>
    public const int WebhookFailuresBeforeDisabling = 5;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> connectionStrings = new(StringComparer.Ordinal);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "patientnetwork-tests", Guid.NewGuid().ToString("N"));
    private IBusControl? bus;

    public DistributedApplication App { get; private set; } = null!;

    public LocalSecrets Secrets { get; private set; } = null!;

    /// <summary>Every span every service exported during the run.</summary>
    public OtlpReceiver Telemetry { get; private set; } = null!;

    public Uri GatewayUrl => ServiceUrl(PatientNetworkModel.Gateway);

    public Uri BrokerUri { get; private set; } = null!;

    /// <summary>A bus of the test's own on the system's RabbitMQ, to publish integration events as a service would.</summary>
    public IBus Bus => bus ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>App host options on top of the fixture's own, for a fixture that runs the system differently.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpReceiver.StartAsync();
        using var startup = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PatientNetwork_AppHost>(
            ["--data", dataDirectory, "--gateway-port", "0", "--no-demo-patients", .. ExtraArguments],
            (options, _) => options.DisableDashboard = true,
            startup.Token);
        builder.Configuration["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = Telemetry.Url.ToString().TrimEnd('/');
        // Tests poll public endpoints; the limit itself is proven on sign-in attempts.
        builder.CreateResourceBuilder<IResourceWithEnvironment>(PatientNetworkModel.Gateway)
            .WithEnvironment("RateLimits__PublicRequestsPerWindow", "100000")
            .WithEnvironment("RateLimits__StaffRequestsPerWindow", "100000")
            // The tests stand in for a load balancer: sign-in tests name each client in X-Forwarded-For.
            .WithEnvironment("ForwardedHeaders__KnownProxies__0", "127.0.0.1")
            .WithEnvironment("ForwardedHeaders__KnownProxies__1", "::1")
            // Tokens are cached for the whole run (see SignInAsync); the idle test has a login of its own that idles out in seconds.
            .WithEnvironment("Sessions__IdleTimeout", "04:00:00")
            .WithEnvironment("StaffAccounts__PasswordResetLifetime", PasswordResetLifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment($"Sessions__IdleTimeoutOverrides__{IdleTestLogin}", IdleTestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        // The pruning test waits for a run of the pruner; every two seconds instead of every minute.
        foreach (var service in PatientNetworkModel.ServiceNames.Where(name => name != PatientNetworkModel.Gateway))
        {
            builder.CreateResourceBuilder<IResourceWithEnvironment>(service).WithEnvironment("Messaging__Retention__PruneEvery", "00:00:02");
        }

        // Webhook tests deliver to a receiver of their own on loopback over http, and wait for retries a second apart.
        builder.CreateResourceBuilder<IResourceWithEnvironment>(PatientNetworkModel.Partnerships)
            .WithEnvironment("Webhooks__AllowLoopbackHttp", "true")
            .WithEnvironment("Webhooks__PollInterval", "00:00:00.200")
            .WithEnvironment("Webhooks__Timeout", WebhookTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Webhooks__RetryDelays__0", "00:00:01")
            .WithEnvironment("Webhooks__RetryDelays__1", "00:00:01")
            .WithEnvironment("Webhooks__RetryDelays__2", "00:00:01")
            .WithEnvironment("Webhooks__RetryDelays__3", "00:00:01")
            .WithEnvironment("Webhooks__DisableAfterConsecutiveFailures", WebhookFailuresBeforeDisabling.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // The renewal tests wait for the job's pass: every second instead of every hour.
            .WithEnvironment("Agreements__RenewalCheckEvery", "00:00:01")
            // …and the renewal mail tests for its mailer's.
            .WithEnvironment("Agreements__RenewalMailEvery", "00:00:01");

        // The retention test waits for a release pass; every two seconds instead of every hour.
        builder.CreateResourceBuilder<IResourceWithEnvironment>(PatientNetworkModel.Funding).WithEnvironment("Funding__Retention__CheckEvery", "00:00:02");
        builder.CreateResourceBuilder<IResourceWithEnvironment>(PatientNetworkModel.Events).WithEnvironment("Notifications__PruneEvery", "00:00:02");

        App = await builder.BuildAsync(startup.Token);
        await App.StartAsync(startup.Token);
        await AllResources.WaitUntilHealthyAsync(App.Services, startup.Token);

        Secrets = LocalSecrets.LoadOrCreate(dataDirectory);
        foreach (var database in builder.Resources.OfType<PostgresDatabaseResource>())
        {
            connectionStrings[database.Name] = (await database.ConnectionStringExpression.GetValueAsync(startup.Token))!;
        }

        BrokerUri = new Uri((await App.GetConnectionStringAsync(Broker, startup.Token))!);
        bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(BrokerUri));
        await bus.StartAsync(startup.Token);
    }

    public async Task DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }

        // Pooled connections of the tests would otherwise hold sessions open while PostgreSQL stops.
        NpgsqlConnection.ClearAllPools();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Telemetry.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server's late write; the temp folder is cleaned by the OS eventually.
        }
    }

    /// <summary>A service's own address, bypassing the gateway.</summary>
    public Uri ServiceUrl(string service) => App.GetEndpoint(service, "http");

    /// <summary>A folder of the run's data directory, e.g. where the local SMTP server stores mail.</summary>
    public string DataPath(string folder) => Path.Combine(dataDirectory, folder);

    /// <summary>A service database's connection string, to check what is stored at rest.</summary>
    public string ConnectionString(string database) => connectionStrings[database];

    /// <summary>Stops a resource as the dashboard's Stop button does, and waits until it has.</summary>
    public async Task StopAsync(string resource)
    {
        await ExecuteAsync(resource, KnownResourceCommands.StopCommand);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, timeout.Token);
    }

    /// <summary>
    /// Starts a stopped resource again, or restarts a running one (stop, then start), and waits until it is healthy.
    /// DCP now and then reports a restarted executable as failed to start although nothing is wrong with it
    /// (microsoft/aspire#9379: a stop and a start that overlap); one more start is made then, never more.
    /// </summary>
    public async Task StartAsync(string resource, bool restart = false)
    {
        if (restart)
        {
            await StopAsync(resource);
        }

        for (var attempt = 1; ; attempt++)
        {
            await ExecuteAsync(resource, KnownResourceCommands.StartCommand);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
                return;
            }
            catch (DistributedApplicationException) when (attempt == 1)
            {
                await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, timeout.Token);
            }
        }
    }

    /// <summary>
    /// Freezes a server's processes (SIGSTOP) as a hung machine would: its sockets stay open and
    /// nothing answers. Disposing the result thaws them (SIGCONT).
    /// </summary>
    public async Task<IAsyncDisposable> FreezeAsync(string server)
    {
        var processes = LinuxProcesses.Mentioning(Path.Combine(dataDirectory, server));
        if (processes.Count == 0)
        {
            throw new InvalidOperationException($"No process of {server} is running.");
        }

        await LinuxProcesses.SignalAsync("STOP", processes);
        return new Thaw(() => LinuxProcesses.SignalAsync("CONT", processes));
    }

    public HttpClient Anonymous() => new() { BaseAddress = GatewayUrl };

    /// <summary>A client that calls one service directly, bypassing the gateway, with a demo staff member's token.</summary>
    public async Task<HttpClient> SignInDirectAsync(string service, string login)
    {
        var client = new HttpClient { BaseAddress = ServiceUrl(service) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetOrAdd(login, RequestTokenAsync));
        return client;
    }

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

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} {resource} failed: {result.Message}");
        }
    }

    /// <summary>A code of the demo accounts' authenticator for the login, never one the gateway saw for it before.</summary>
    public Task<string> DemoCodeAsync(string login) => TwoFactorCodes.NextAsync(Secrets.DemoTwoFactorSecret!, login);

    /// <summary>The account (<c>sub</c>) and session (<c>sid</c>) of the login's cached token, for tests that write tokens by hand.</summary>
    public async Task<(string Subject, string SessionId)> SessionOfAsync(string login)
    {
        var token = new System.IdentityModel.Tokens.Jwt.JwtSecurityToken(await tokens.GetOrAdd(login, RequestTokenAsync));
        return (token.Subject, token.Claims.First(c => c.Type == "sid").Value);
    }

    private async Task<string> RequestTokenAsync(string login)
    {
        using var client = Anonymous();
        var code = TwoFactorCodes.DemoLoginsWithoutTwoFactor.Contains(login) ? null : await DemoCodeAsync(login);
        using var response = await client.PostAsJsonAsync("/auth/token", new { login, password = Secrets.DemoStaffPassword, code });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    private sealed record TokenBody(string AccessToken);

    private sealed class Thaw(Func<Task> thaw) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await thaw();
    }
}
