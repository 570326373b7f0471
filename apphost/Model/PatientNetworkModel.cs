namespace PatientNetwork.AppHost.Model;

/// <summary>
/// The PatientNetwork system: one PostgreSQL database per service, Redis, RabbitMQ, four services
/// and the gateway. Both <c>dotnet run --project apphost</c> and the test suite start this model.
/// </summary>
public static class PatientNetworkModel
{
    public static DistributedApplication Define(DistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var registryDb = postgres.AddDatabase("registrydb");
        var fundingDb = postgres.AddDatabase("fundingdb");
        var eventsDb = postgres.AddDatabase("eventsdb");
        var partnershipsDb = postgres.AddDatabase("partnershipsdb");
        var gatewayDb = postgres.AddDatabase("gatewaydb");
        var cache = builder.AddRedis("cache");
        var messaging = builder.AddRabbitMQ("messaging");

        var registry = Service(builder, "registry", "services/registry/Registry.Api").WithReference(registryDb).WithReference(messaging)
            .WithEnvironment("IdentityProtection__CurrentKeyVersion", "v1")
            .WithEnvironment("IdentityProtection__Keys__v1", builder.Secrets.IdentityEncryptionKey!)
            .WithEnvironment("IdentityProtection__BlindIndexKey", builder.Secrets.BlindIndexKey!);
        var funding = Service(builder, "funding", "services/funding/Funding.Api").WithReference(fundingDb).WithReference(messaging);
        var events = Service(builder, "events", "services/events/Events.Api").WithReference(eventsDb).WithReference(messaging);
        var partnerships = Service(builder, "partnerships", "services/partnerships/Partnerships.Api")
            .WithReference(partnershipsDb).WithReference(messaging).WithReference(cache);

        Service(builder, "gateway", "services/gateway/Gateway", builder.Settings.GatewayPort)
            .WithReference(gatewayDb)
            .WithReference(cache)
            .WithReference(registry)
            .WithReference(funding)
            .WithReference(events)
            .WithReference(partnerships)
            .WithEnvironment("Auth__SigningKeyPem", builder.Secrets.SigningKeyPem)
            .WithEnvironment("DemoData__StaffPassword", builder.Secrets.DemoStaffPassword);

        return builder.Build();
    }

    private static ProjectResource Service(DistributedApplicationBuilder builder, string name, string path, int port = 0) =>
        builder.AddProject(name, path, port)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Settings.EnvironmentName)
            .WithEnvironment("Auth__PublicKeyPem", builder.Secrets.PublicKeyPem)
            .WithEnvironment("DemoData__Enabled", builder.Settings.DemoData ? "true" : "false");
}
