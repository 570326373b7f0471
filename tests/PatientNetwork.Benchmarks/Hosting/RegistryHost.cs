using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PatientNetwork.Registry;

namespace PatientNetwork.Benchmarks.Hosting;

/// <summary>
/// The Registry, hosted in this process on a real Kestrel port with exactly the configuration the
/// app host passes it as environment variables, so the benchmark can watch the SQL it sends.
/// </summary>
public sealed class RegistryHost : WebApplicationFactory<RegistryApi>
{
    private readonly Dictionary<string, string?> configuration;
    private readonly string environmentName;

    public RegistryHost(IReadOnlyDictionary<string, string> environment, string environmentName)
    {
        this.environmentName = environmentName;
        configuration = environment.ToDictionary(pair => pair.Key.Replace("__", ":", StringComparison.Ordinal), pair => (string?)pair.Value);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}");
        UseKestrel(port);
    }

    public Uri Url { get; }

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment(environmentName)
            .ConfigureServices(services => services.AddTransient<IStartupFilter, EmptyAuthenticatedRequest>());

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(configuration));
        return base.CreateHost(builder);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
