using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using PatientNetwork.Messaging.Health;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Messaging.Retention;

namespace PatientNetwork.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from <c>ConnectionStrings:messaging</c> (an amqp:// URI), queues named
    /// <c>{service}-{consumer}</c>, retries then the <c>_error</c> queue (MassTransit records the
    /// exception in the message headers), the outbox relay for <typeparamref name="TDbContext"/>, the
    /// pruning of handled outbox and inbox rows, and a readiness check that turns Degraded while an
    /// outbox row is parked.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : DbContext
    {
        var uri = new Uri(builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings:messaging is not configured (the app host sets ConnectionStrings__messaging)."));

        // Registered before MassTransit's hosted service, which the host starts after it.
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<BrokerStartupWait>(services, uri));
        builder.Services.AddMassTransit(bus =>
        {
            // Health data: nothing about this deployment leaves it, not even MassTransit's usage statistics.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            // A lost broker makes the service Degraded, not unready: reads and writes go on, events wait in the outbox.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "messaging";
                health.MinimalFailureStatus = HealthStatus.Degraded;
                health.Tags.Add("ready");
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri, host =>
                {
                    var (user, password) = Credentials(uri);
                    host.Username(user);
                    host.Password(password);
                    host.PublisherConfirmation = true;
                    // A frozen broker keeps the socket open; missed heartbeats are what close the connection.
                    host.Heartbeat(TimeSpan.FromSeconds(10));
                });
                rabbit.UseMessageRetry(retry => retry.Intervals(200, 1000, 5000));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            // Consumers' queues and bindings must exist before the service reports ready, or events
            // published in the meantime would have nowhere to go.
            options.WaitUntilStarted = true;
            // BrokerStartupWait waits as long again before the bus starts: a silent broker holds the start a minute in all.
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxPublishingState>();
        // Picked up by AddServiceDatabase, which adds every registered interceptor to the context.
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddSingleton<IInterceptor>(services => services.GetRequiredService<OutboxSignalInterceptor>());
        builder.Services.AddSingleton<IInterceptor>(services => services.GetRequiredService<OutboxSignalInterceptor>().CommitInterceptor);
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        builder.Services.AddOptions<OutboxOptions>()
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .Validate(options => options.IsValid, $"{OutboxOptions.Section}: ParkAfterAttempts must be positive and ParkAfterFailingFor not negative.")
            .ValidateOnStart();

        builder.Services.AddOptions<MessageRetentionOptions>()
            .Bind(builder.Configuration.GetSection(MessageRetentionOptions.Section))
            .Validate(options => options.IsValid, $"{MessageRetentionOptions.Section}: retentions and PruneEvery must be positive, InboxMessagesFor at least SentOutboxMessagesFor, PruneBatchSize positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<MessageStorePruner<TDbContext>>();

        builder.Services.AddHealthChecks()
            .AddCheck<ParkedOutboxMessagesHealthCheck<TDbContext>>("outbox-parked", HealthStatus.Degraded, tags: ["ready"])
            .AddCheck<OutboxPublishingHealthCheck>("outbox-publishing", HealthStatus.Degraded, tags: ["ready"]);
        return builder;
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
