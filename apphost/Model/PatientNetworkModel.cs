using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Postgres;
using PatientNetwork.AppHost.RabbitMq;
using PatientNetwork.AppHost.Redis;

namespace PatientNetwork.AppHost.Model;

/// <summary>
/// The PatientNetwork system: one PostgreSQL server with a database per service, Redis, RabbitMQ,
/// four services and the gateway. <c>dotnet run --project apphost</c> and the integration tests
/// (through Aspire.Hosting.Testing) start this same model.
/// </summary>
public static class PatientNetworkModel
{
    public const string Gateway = "gateway";

    public static void Define(IDistributedApplicationBuilder builder, AppHostSettings settings, LocalSecrets secrets)
    {
        var data = settings.DataDirectory;
        var postgres = builder.AddLocalPostgres("postgres", Path.Combine(data, "postgres"), Secret(builder, "postgres-password", secrets.PostgresPassword), Port(settings.PostgresPort));
        var registryDb = postgres.AddDatabase("registrydb", instances: settings.Replicas);
        var fundingDb = postgres.AddDatabase("fundingdb", instances: settings.Replicas);
        var eventsDb = postgres.AddDatabase("eventsdb", instances: settings.Replicas);
        var partnershipsDb = postgres.AddDatabase("partnershipsdb", instances: settings.Replicas);
        var gatewayDb = postgres.AddDatabase("gatewaydb", instances: settings.Replicas);
        var cache = builder.AddLocalRedis("cache", Path.Combine(data, "redis"), Port(settings.RedisPort));
        var messaging = builder.AddLocalRabbitMQ("messaging", Path.Combine(data, "rabbitmq"), "patientnetwork", Secret(builder, "rabbitmq-password", secrets.RabbitMqPassword), Port(settings.RabbitMqPort));

        // Each service waits for its database (it migrates it at start) but not for RabbitMQ: the
        // outbox keeps a service's writes working while the broker is away, so a service boots
        // alongside the broker and reports healthy once its bus has connected.
        var publicKey = builder.AddParameter("auth-public-key", secrets.PublicKeyPem);
        var registry = Service<Projects.Registry_Api>(builder, "registry", settings, publicKey)
            .WithReference(registryDb).WaitFor(registryDb)
            .WithReference(messaging)
            .WithEnvironment("IdentityProtection__CurrentKeyVersion", "v1")
            .WithEnvironment("IdentityProtection__Keys__v1", Secret(builder, "identity-encryption-key", secrets.IdentityEncryptionKey!))
            .WithEnvironment("IdentityProtection__BlindIndexKey", Secret(builder, "blind-index-key", secrets.BlindIndexKey!));
        var funding = Service<Projects.Funding_Api>(builder, "funding", settings, publicKey)
            .WithReference(fundingDb).WaitFor(fundingDb)
            .WithReference(messaging);
        var events = Service<Projects.Events_Api>(builder, "events", settings, publicKey)
            .WithReference(eventsDb).WaitFor(eventsDb)
            .WithReference(messaging);
        var partnerships = Service<Projects.Partnerships_Api>(builder, "partnerships", settings, publicKey)
            .WithReference(partnershipsDb).WaitFor(partnershipsDb)
            .WithReference(messaging)
            .WithReference(cache).WaitFor(cache);

        // The gateway starts alongside the services, not after them: a route to a service still
        // starting answers 502 for those seconds, which is what it does when one restarts anyway.
        Service<Projects.Gateway>(builder, Gateway, settings, publicKey, Port(settings.GatewayPort))
            .WithReference(gatewayDb).WaitFor(gatewayDb)
            .WithReference(cache).WaitFor(cache)
            .WithReference(registry)
            .WithReference(funding)
            .WithReference(events)
            .WithReference(partnerships)
            .WithEnvironment("Auth__SigningKeyPem", Secret(builder, "auth-signing-key", secrets.SigningKeyPem))
            .WithEnvironment("DemoData__StaffPassword", Secret(builder, "demo-staff-password", secrets.DemoStaffPassword));
    }

    /// <summary>
    /// A service as a project resource on one http endpoint. One instance is proxy-less: the service
    /// listens on the port itself, as it does in production, and a restart from the dashboard keeps
    /// the port. Several replicas sit behind Aspire's proxy on that port, each on a port of its own.
    /// </summary>
    private static IResourceBuilder<ProjectResource> Service<TProject>(
        IDistributedApplicationBuilder builder, string name, AppHostSettings settings, IResourceBuilder<ParameterResource> publicKey, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true);
        project = settings.Replicas == 1
            ? project.WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false)
            : project.WithHttpEndpoint(port: port, name: "http").WithReplicas(settings.Replicas);
        return project
            .WithHealthEndpointProbe()
            .WithOtlpExporter(OtlpProtocol.HttpProtobuf)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", settings.EnvironmentName)
            .WithEnvironment("Auth__PublicKeyPem", publicKey)
            .WithEnvironment("DemoData__Enabled", settings.DemoData ? "true" : "false");
    }

    /// <summary>Generated secrets from the data folder, as parameters the dashboard masks.</summary>
    private static IResourceBuilder<ParameterResource> Secret(IDistributedApplicationBuilder builder, string name, string value) =>
        builder.AddParameter(name, () => value, secret: true);

    private static int? Port(int configured) => configured > 0 ? configured : null;
}
