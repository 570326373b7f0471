using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.RabbitMq;

public static class RabbitMqResourceExtensions
{
    /// <summary>
    /// RabbitMQ and its port mapper as executable resources; healthy once the broker answers the
    /// AMQP handshake (an open port alone is not enough for a broker still booting).
    /// </summary>
    public static IResourceBuilder<RabbitMqServerResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory, string userName, IResourceBuilder<ParameterResource> password, int? amqpPort = null)
    {
        var directory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(directory);
        var epmd = builder.AddResource(new EpmdResource($"{name}-epmd", directory))
            .WithEndpoint(name: EpmdResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithArgs(context =>
            {
                context.Args.Add("-port");
                context.Args.Add(((EpmdResource)context.Resource).Endpoint.Property(EndpointProperty.TargetPort));
            })
            .WithIconName("PlugConnected");

        var server = new RabbitMqServerResource(name, DebianPackages.RabbitMqServerPath, directory, userName, password.Resource);
        var distribution = new EndpointReference(server, RabbitMqServerResource.DistributionEndpointName);
        return builder.AddResource(server)
            .WithEndpoint(port: amqpPort, targetPort: amqpPort, name: RabbitMqServerResource.AmqpEndpointName, scheme: "tcp", isProxied: false)
            .WithEndpoint(name: RabbitMqServerResource.DistributionEndpointName, scheme: "tcp", isProxied: false)
            .WithEnvironment(context =>
            {
                var env = context.EnvironmentVariables;
                // The Erlang cookie is created in $HOME; a private one keeps this node apart from other nodes of the same user.
                env["HOME"] = Path.Combine(directory, "home");
                env["RABBITMQ_NODENAME"] = RabbitMqServerResource.NodeName;
                env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_NODE_PORT"] = server.AmqpEndpoint.Property(EndpointProperty.TargetPort);
                env["RABBITMQ_DIST_PORT"] = distribution.Property(EndpointProperty.TargetPort);
                env["ERL_EPMD_PORT"] = epmd.Resource.Endpoint.Property(EndpointProperty.TargetPort);
                env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia");
                env["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log");
                env["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq");
                env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config");
                env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf");
                env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins");
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
                // Logs go to the console, which the dashboard shows.
                env["RABBITMQ_LOGS"] = "-";
            })
            .WithIconName("Mailbox")
            .WithReadinessProbe("answers-amqp", async ct =>
                server.AmqpEndpoint.IsAllocated && await TcpProbe.AmqpConnectionStartAsync(server.AmqpEndpoint.Port, ct) ? null : "no AMQP Connection.Start")
            .WaitFor(epmd)
            .OnBeforeResourceStarted(async (resource, @event, ct) =>
                RabbitMqNodeFiles.Write(directory, userName, await resource.Password.GetValueAsync(ct) ?? throw new InvalidOperationException("The RabbitMQ password has no value.")));
    }
}
