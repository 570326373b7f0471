using PatientNetwork.AppHost.Postgres;
using PatientNetwork.AppHost.RabbitMq;
using PatientNetwork.AppHost.Redis;
using PatientNetwork.AppHost.Running;
using PatientNetwork.AppHost.Services;
using PatientNetwork.AppHost.Smtp;

namespace PatientNetwork.AppHost.Model;

/// <summary>
/// The PatientNetwork system: one PostgreSQL server with a database per service, Redis, RabbitMQ,
/// four services and the gateway. <c>dotnet run --project apphost</c> and the integration tests
/// (through Aspire.Hosting.Testing) start this same model. A service runs from its build output,
/// one instance on its own port; with <c>--replicas N</c> it is a project resource with N replicas
/// behind Aspire's proxy.
/// </summary>
public static class PatientNetworkModel
{
    public const string Registry = "registry";
    public const string Funding = "funding";
    public const string Events = "events";
    public const string Partnerships = "partnerships";
    public const string Gateway = "gateway";
    public const string Smtp = "smtp";
    public const string WebApp = "webapp";

    /// <summary>The four services, the gateway and the staff web app, the resources that run PatientNetwork's own code.</summary>
    public static readonly IReadOnlyList<string> ServiceNames = [Registry, Funding, Events, Partnerships, Gateway, WebApp];

    public static void Define(IDistributedApplicationBuilder builder, AppHostSettings settings, LocalSecrets secrets, FirstAdminInvitations? firstAdmins = null)
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
        var smtp = builder.AddLocalSmtp(Smtp, data);

        var publicKey = builder.AddParameter("auth-public-key", secrets.PublicKeyPem);
        if (settings.Replicas == 1)
        {
            Services(new BuildOutputHosting(builder));
        }
        else
        {
            Services(new ReplicatedProjectHosting(builder, settings.Replicas));
        }

        // Each service waits for its database (it migrates it at start) but not for RabbitMQ: the
        // outbox keeps a service's writes working while the broker is away, so a service boots
        // alongside the broker and reports healthy once its bus has connected.
        void Services<T>(IServiceHosting<T> hosting)
            where T : IResourceWithEnvironment, IResourceWithEndpoints, IResourceWithServiceDiscovery, IResourceWithWaitSupport
        {
            IResourceBuilder<T> Service<TProject>(string name, int? port = null)
                where TProject : IProjectMetadata, new() =>
                hosting.Add<TProject>(name, port).AsPatientNetworkService(settings, publicKey);
            IResourceBuilder<IResourceWithServiceDiscovery> Discoverable(IResourceBuilder<T> service) =>
                builder.CreateResourceBuilder<IResourceWithServiceDiscovery>(service.Resource);

            var registry = Service<Projects.Registry_Api>(Registry)
                .WithReference(registryDb).WaitFor(registryDb)
                .WithReference(messaging)
                .WithEnvironment("IdentityProtection__CurrentKeyVersion", "v1")
                .WithEnvironment("IdentityProtection__Keys__v1", Secret(builder, "identity-encryption-key", secrets.IdentityEncryptionKey!))
                .WithEnvironment("IdentityProtection__BlindIndexKey", Secret(builder, "blind-index-key", secrets.BlindIndexKey!));
            var funding = Service<Projects.Funding_Api>(Funding)
                .WithReference(fundingDb).WaitFor(fundingDb)
                .WithReference(messaging)
                .WithEnvironment("IdentityProtection__CurrentKeyVersion", "v1")
                .WithEnvironment("IdentityProtection__Keys__v1", Secret(builder, "funding-encryption-key", secrets.FundingEncryptionKey!))
                .WithEnvironment("IdentityProtection__BlindIndexKey", Secret(builder, "funding-blind-index-key", secrets.FundingBlindIndexKey!));
            var events = Service<Projects.Events_Api>(Events)
                .WithReference(eventsDb).WaitFor(eventsDb)
                .WithReference(messaging)
                .WithLocalMailAndSms(smtp)
                .WithEnvironment("IdentityProtection__CurrentKeyVersion", "v1")
                .WithEnvironment("IdentityProtection__Keys__v1", Secret(builder, "events-encryption-key", secrets.EventsEncryptionKey!))
                .WithEnvironment("IdentityProtection__BlindIndexKey", Secret(builder, "events-blind-index-key", secrets.EventsBlindIndexKey!));

            // Statistics releases every second instead of every hour: local runs and tests see a
            // registration reach the partners' figures at once.
            var partnerships = Service<Projects.Partnerships_Api>(Partnerships)
                .WithReference(partnershipsDb).WaitFor(partnershipsDb)
                .WithReference(messaging)
                .WithReference(cache).WaitFor(cache)
                .WithLocalMail(smtp, "partenariats@patientnetwork.local")
                // The demo associations' partnership mailboxes for renewal reminders (ADR 0033); Hajar copies the
                // agreements' contacts, AMAL works in Arabic. In production each association names its own.
                .WithEnvironment("Agreements__RenewalReminderRecipients__hajar__Addresses__0", HajarRenewalMailbox)
                .WithEnvironment("Agreements__RenewalReminderRecipients__hajar__CopyAgreementContacts", "true")
                .WithEnvironment("Agreements__RenewalReminderRecipients__amal__Addresses__0", AmalRenewalMailbox)
                .WithEnvironment("Agreements__RenewalReminderRecipients__amal__Language", "ar")
                .WithEnvironment("Statistics__Releases__Interval", "00:00:01")
                // Unusable partner token entries pruned within seconds (an hour in production), so tests see it happen.
                .WithEnvironment("PartnerTokens__PruneEvery", "00:00:02")
                .WithEnvironment("PartnerTokens__KeepUnusableFor", "00:00:01")
                // Local runs only: a developer's webhook receiver on this machine over plain http.
                .WithEnvironment("Webhooks__AllowLoopbackHttp", "true")
                .WithEnvironment("PartnerTokens__SigningKeyPem", Secret(builder, "partner-token-signing-key", secrets.PartnerTokenSigningKeyPem!))
                .WithEnvironment("PartnerTokens__EncryptionKey", Secret(builder, "partner-token-encryption-key", secrets.PartnerTokenEncryptionKey!))
                .WithEnvironment("IdentityProtection__CurrentKeyVersion", "v1")
                .WithEnvironment("IdentityProtection__Keys__v1", Secret(builder, "partnerships-encryption-key", secrets.PartnershipsEncryptionKey!));

            // The staff web app sits behind the gateway (its catch-all route) and calls the services
            // back through the gateway's address, never directly; Redis keeps its Data Protection keys.
            var webApp = Service<Projects.PatientNetwork_WebApp>(WebApp)
                .WithReference(cache).WaitFor(cache);

            // The gateway starts alongside the services, not after them: a route to a service still
            // starting answers 502 for those seconds, which is what it does when one restarts anyway.
            var gateway = Service<Projects.Gateway>(Gateway, Port(settings.GatewayPort))
                .WithReference(gatewayDb).WaitFor(gatewayDb)
                .WithReference(cache).WaitFor(cache)
                .WithReference(Discoverable(registry))
                .WithReference(Discoverable(funding))
                .WithReference(Discoverable(events))
                .WithReference(Discoverable(partnerships))
                .WithReference(Discoverable(webApp))
                // The web app signs people in on their behalf and names each browser in X-Forwarded-For
                // (the sign-in limits are per client address); it calls from loopback in local runs.
                .WithEnvironment("ForwardedHeaders__KnownProxies__0", "127.0.0.1")
                .WithEnvironment("ForwardedHeaders__KnownProxies__1", "::1")
                .WithEnvironment("Auth__SigningKeyPem", Secret(builder, "auth-signing-key", secrets.SigningKeyPem))
                .WithEnvironment("DemoData__StaffPassword", Secret(builder, "demo-staff-password", secrets.DemoStaffPassword))
                .WithEnvironment("DemoData__TwoFactorSecret", Secret(builder, "demo-two-factor-secret", secrets.DemoTwoFactorSecret!))
                .WithEnvironment("TwoFactor__SecretEncryptionKey", Secret(builder, "two-factor-encryption-key", secrets.TwoFactorEncryptionKey!));
            var admins = firstAdmins?.Pending ?? [];
            for (var i = 0; i < admins.Count; i++)
            {
                gateway
                    .WithEnvironment($"FirstAdmins__Admins__{i}__AssociationId", admins[i].Association)
                    .WithEnvironment($"FirstAdmins__Admins__{i}__Login", admins[i].Login)
                    .WithEnvironment($"FirstAdmins__Admins__{i}__DisplayName", admins[i].DisplayName)
                    .WithEnvironment($"FirstAdmins__Admins__{i}__InvitationCode", Secret(builder, $"first-admin-invitation-{i}", admins[i].Code));
            }
            // The gateway's address as service discovery names it, set in a callback: a reference would make the pair a cycle.
            var gatewayHttp = gateway.GetEndpoint("http");
            webApp.WithEnvironment(context => context.EnvironmentVariables["services__gateway__http__0"] = gatewayHttp);
            // Staff open the web app at the gateway's address: the renewal reminder links to a partner's page there.
            partnerships.WithEnvironment(context => context.EnvironmentVariables["Agreements__WebAppUrl"] = gatewayHttp);
        }
    }

    /// <summary>Where Hajar's renewal reminders go in local runs and tests (the local SMTP server keeps them).</summary>
    public const string HajarRenewalMailbox = "partenariats@hajar.patientnetwork.local";

    /// <summary>Where AMAL's renewal reminders go in local runs and tests.</summary>
    public const string AmalRenewalMailbox = "partenariats@amal.patientnetwork.local";

    /// <summary>A service or the gateway, however it runs (one instance, or replicas).</summary>
    public static IResourceWithEndpoints Service(DistributedApplicationModel model, string name) =>
        model.Resources.OfType<IResourceWithEndpoints>().Single(r => r.Name == name);

    /// <summary>Generated secrets from the data folder, as parameters the dashboard masks.</summary>
    private static IResourceBuilder<ParameterResource> Secret(IDistributedApplicationBuilder builder, string name, string value) =>
        builder.AddParameter(name, () => value, secret: true);

    private static int? Port(int configured) => configured > 0 ? configured : null;
}
