using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Model;

/// <summary>
/// Declares the resources of a distributed application, shaped like Aspire's
/// <c>IDistributedApplicationBuilder</c> so a move to the real Aspire AppHost is a mechanical change.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<IBackingServer> servers = [];
    private readonly List<PostgresResource> postgres = [];
    private readonly List<ProjectResource> projects = [];

    public DistributedApplicationBuilder(AppHostSettings settings, TextWriter log)
    {
        Settings = settings;
        Log = log;
        if (settings.Fresh && Directory.Exists(settings.DataDirectory))
        {
            Directory.Delete(settings.DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(settings.DataDirectory);
        Secrets = LocalSecrets.LoadOrCreate(settings.DataDirectory);
        RepositoryRoot = Repository.FindRoot();
    }

    public AppHostSettings Settings { get; }

    public LocalSecrets Secrets { get; }

    public TextWriter Log { get; }

    public string RepositoryRoot { get; }

    public PostgresResource AddPostgres(string name)
    {
        var server = new PostgresServer(DataFor(name), PortOr(Settings.PostgresPort), Secrets.PostgresPassword, Log);
        servers.Add(server);
        var resource = new PostgresResource(server);
        postgres.Add(resource);
        return resource;
    }

    public RedisResource AddRedis(string name)
    {
        var server = new RedisServer(DataFor(name), PortOr(Settings.RedisPort), Log);
        servers.Add(server);
        return new RedisResource(name, server);
    }

    public RabbitMqResource AddRabbitMQ(string name)
    {
        var server = new RabbitMqServer(DataFor(name), PortOr(Settings.RabbitMqPort), "patientnetwork", Secrets.RabbitMqPassword, Log);
        servers.Add(server);
        return new RabbitMqResource(name, server);
    }

    /// <param name="projectPath">The project's folder, relative to the repository root.</param>
    /// <param name="port">Fixed port, or 0 for a free one.</param>
    public ProjectResource AddProject(string name, string projectPath, int port = 0)
    {
        var project = new ProjectResource(name, Path.Combine(RepositoryRoot, projectPath), PortOr(port))
            .WithEnvironment("OTEL_SERVICE_NAME", name);
        if (!string.IsNullOrWhiteSpace(Settings.OtlpEndpoint))
        {
            project.WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Settings.OtlpEndpoint);
        }

        projects.Add(project);
        return project;
    }

    public DistributedApplication Build() => new(servers, postgres, projects, Log);

    private string DataFor(string resource) => Path.Combine(Settings.DataDirectory, resource);

    private static int PortOr(int configured) => configured > 0 ? configured : FreePort.Next();
}
