using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PatientNetwork.AppHost.Model;
using PatientNetwork.Registry;

namespace PatientNetwork.Benchmarks.Hosting;

/// <summary>
/// The Registry, hosted in this process on its real Kestrel port with exactly the configuration the
/// app host would pass it as environment variables (as the integration tests' ServiceHost does).
/// </summary>
public sealed class RegistryHost : WebApplicationFactory<RegistryApi>
{
    private readonly Dictionary<string, string?> configuration;
    private readonly string environmentName;

    public RegistryHost(ProjectResource project)
    {
        Project = project;
        var environment = project.ResolveEnvironment();
        environmentName = environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT", "Production");
        configuration = environment.ToDictionary(pair => pair.Key.Replace("__", ":", StringComparison.Ordinal), pair => (string?)pair.Value);
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
