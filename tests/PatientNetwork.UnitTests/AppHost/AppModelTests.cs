using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Postgres;
using PatientNetwork.AppHost.Services;

namespace PatientNetwork.UnitTests.AppHost;

public sealed class AppModelTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "patientnetwork-model-test", Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_model_holds_no_container_so_it_runs_without_a_container_runtime()
    {
        var model = Define();

        Assert.DoesNotContain(model.Resources, resource => resource.Annotations.OfType<ContainerImageAnnotation>().Any());
        var servers = model.Resources.OfType<ExecutableResource>().Where(r => r is not ServiceResource).Select(r => r.Name);
        Assert.Equal(["cache", "messaging", "messaging-epmd", "postgres", "smtp"], servers.Order());
    }

    [Fact]
    public void Each_service_runs_its_built_assembly_with_the_dotnet_host_not_dotnet_run()
    {
        var services = Define().Resources.OfType<ServiceResource>().ToList();

        Assert.Equal(PatientNetworkModel.ServiceNames.Order(), services.Select(s => s.Name).Order());
        Assert.Empty(Define().Resources.OfType<ProjectResource>());
        Assert.All(services, service =>
        {
            var assembly = Assert.Single(service.Annotations.OfType<CommandLineArgsCallbackAnnotation>().SelectMany(Arguments));
            Assert.True(File.Exists((string)assembly), $"{assembly} is not there");
            Assert.Equal(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName((string)assembly)))), service.WorkingDirectory);
            Assert.Single(service.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "http" && !e.IsProxied);
        });
    }

    [Theory]
    [InlineData("registry", "registrydb")]
    [InlineData("funding", "fundingdb")]
    [InlineData("events", "eventsdb")]
    [InlineData("partnerships", "partnershipsdb")]
    public void Each_service_gets_its_own_database_and_the_broker_and_waits_for_its_database(string service, string database)
    {
        var project = Service(Define(), service);

        Assert.Equal([database, "messaging"], References(project).Intersect([database, "messaging", "gatewaydb"]));
        Assert.Contains(database, WaitsFor(project));
    }

    [Fact]
    public void The_gateway_reaches_every_service_its_database_and_the_cache()
    {
        var gateway = Service(Define(), PatientNetworkModel.Gateway);

        Assert.Equal(["cache", "events", "funding", "gatewaydb", "partnerships", "registry", "webapp"], References(gateway).Order());
    }

    [Fact]
    public void The_web_app_reaches_the_cache_and_knows_the_gateway_but_no_service_or_database()
    {
        var webApp = Service(Define(), PatientNetworkModel.WebApp);

        Assert.Equal(["cache"], References(webApp).Order());
        Assert.Contains("cache", WaitsFor(webApp));
    }

    [Fact]
    public void Every_service_is_health_checked_and_exports_telemetry()
    {
        var model = Define();
        var projects = PatientNetworkModel.ServiceNames.Select(name => Service(model, name)).ToList();

        Assert.Equal(6, projects.Count);
        Assert.All(projects, project => Assert.NotEmpty(project.Annotations.OfType<HealthCheckAnnotation>()));
        Assert.All(projects, project => Assert.NotEmpty(project.Annotations.OfType<OtlpExporterAnnotation>()));
    }

    [Fact]
    public void The_server_admits_every_pool_of_every_database_and_some_spare_connections()
    {
        var model = Define();
        var databases = model.Resources.OfType<PostgresDatabaseResource>().ToList();

        Assert.Equal(5, databases.Count);
        Assert.All(databases, database => Assert.Contains(
            $"Maximum Pool Size={PostgresDatabaseResource.DefaultConnectionsPerInstance}", database.ConnectionStringExpression.ValueExpression, StringComparison.Ordinal));
        Assert.Equal((5 * PostgresDatabaseResource.DefaultConnectionsPerInstance) + PostgresServerResource.SpareConnections, PostgresServerResource.MaxConnections(databases));
    }

    [Fact]
    public void With_replicas_every_service_runs_that_many_behind_a_proxy_and_the_server_admits_all_their_pools()
    {
        var model = Define(new AppHostSettings { DataDirectory = dataDirectory, Replicas = 2 });
        var projects = model.Resources.OfType<ProjectResource>().ToList();

        Assert.Equal(PatientNetworkModel.ServiceNames.Order(), projects.Select(p => p.Name).Order());
        Assert.All(projects, project => Assert.Equal(2, project.Annotations.OfType<ReplicaAnnotation>().Single().Replicas));
        Assert.All(projects, project => Assert.True(project.GetProjectMetadata().SuppressBuild, $"{project.Name} would be built again by each replica"));
        Assert.All(projects, project => Assert.True(project.Annotations.OfType<EndpointAnnotation>().Single().IsProxied));
        var databases = model.Resources.OfType<PostgresDatabaseResource>().ToList();
        Assert.Equal((5 * 2 * PostgresDatabaseResource.DefaultConnectionsPerInstance) + PostgresServerResource.SpareConnections, PostgresServerResource.MaxConnections(databases));
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private DistributedApplicationModel Define(AppHostSettings? settings = null)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = [], DisableDashboard = true });
        settings ??= new AppHostSettings { DataDirectory = dataDirectory };
        PatientNetworkModel.Define(builder, settings, LocalSecrets.LoadOrCreate(dataDirectory));
        return new DistributedApplicationModel(builder.Resources);
    }

    private static IResource Service(DistributedApplicationModel model, string name) => PatientNetworkModel.Service(model, name);

    private static IEnumerable<object> Arguments(CommandLineArgsCallbackAnnotation annotation)
    {
        var context = new CommandLineArgsCallbackContext([]);
        annotation.Callback(context).GetAwaiter().GetResult();
        return context.Args;
    }

    private static IEnumerable<string> References(IResource resource) =>
        resource.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(r => r.Type == "Reference" && r.Resource is not ParameterResource)
            .Select(r => r.Resource.Name);

    private static IEnumerable<string> WaitsFor(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name);
}
