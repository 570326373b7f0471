using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// Hosts one service of the app model inside the test process, on its real Kestrel port, with
/// exactly the configuration the app host would pass it as environment variables. In-process
/// hosting lets one in-memory exporter see every span of every service.
/// </summary>
public sealed class ServiceHost<TEntryPoint> : WebApplicationFactory<TEntryPoint>, IServiceHost where TEntryPoint : class
{
    private readonly Dictionary<string, string?> configuration;
    private readonly string environmentName;

    public ServiceHost(ProjectResource project, IReadOnlyDictionary<string, string> overrides)
    {
        Project = project;
        var environment = project.ResolveEnvironment();
        environmentName = environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT", "Development");
        configuration = environment
            .Concat(overrides)
            .ToDictionary(pair => pair.Key.Replace("__", ":", StringComparison.Ordinal), pair => (string?)pair.Value);
        UseKestrel(project.Port);
    }

    public ProjectResource Project { get; }

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment(environmentName);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(configuration));
        return base.CreateHost(builder);
    }
}
