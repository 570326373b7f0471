using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Postgres;

public static class PostgresResourceExtensions
{
    /// <summary>
    /// A PostgreSQL server from Debian's packages as an executable resource: its cluster under
    /// <paramref name="dataDirectory"/> (kept between runs), a port DCP allocates, healthy once it
    /// accepts the superuser.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory, IResourceBuilder<ParameterResource> password, int? port = null)
    {
        var binDirectory = PostgresBinaries.FindBinDirectory()
            ?? throw new InvalidOperationException("PostgreSQL is not installed; DebianPackages.EnsureInstalledAsync installs it.");
        var server = new PostgresServerResource(name, PostgresCommand.Shell, Path.GetFullPath(dataDirectory), password.Resource);
        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, name: PostgresServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                foreach (var argument in PostgresCommand.ShellPrefix(UnixProcesses.IsRoot))
                {
                    context.Args.Add(argument);
                }

                context.Args.Add(Path.Combine(binDirectory, "postgres"));
                context.Args.Add("-D");
                context.Args.Add(server.ClusterDirectory);
                context.Args.Add("-p");
                context.Args.Add(server.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("-c");
                context.Args.Add("listen_addresses=127.0.0.1");
                context.Args.Add("-c");
                context.Args.Add("unix_socket_directories=");
                // Sized with the pools, so a burst of requests waits for a pooled connection instead of being refused by the server (53300).
                context.Args.Add("-c");
                context.Args.Add(FormattableString.Invariant($"max_connections={PostgresServerResource.MaxConnections(builder.Resources.OfType<PostgresDatabaseResource>().Where(d => d.Parent == server))}"));
            })
            .WithIconName("DatabaseMultiple")
            .WithReadinessProbe("accepts-connections", ct => CanConnectAsync(server, "postgres", ct))
            .OnBeforeResourceStarted(async (resource, @event, ct) =>
            {
                var passwordValue = await resource.Password.GetValueAsync(ct) ?? throw new InvalidOperationException("The PostgreSQL password has no value.");
                await new PostgresCluster(resource, binDirectory, Console.Out).PrepareAsync(passwordValue, ct);
            })
            .OnResourceReady(async (resource, @event, ct) =>
            {
                var databases = builder.Resources.OfType<PostgresDatabaseResource>().Where(d => d.Parent == resource).ToList();
                var connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct);
                await PostgresCluster.CreateDatabasesAsync(connectionString!, databases.Select(d => d.DatabaseName), ct);
                // Aspire carries a parent's state to its children only for containers; a database runs once it exists.
                var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
                foreach (var database in databases)
                {
                    await notifications.PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
                }
            });
    }

    /// <summary>A service's database, created on the server when it is ready and healthy once it accepts connections.</summary>
    /// <param name="server">The server.</param>
    /// <param name="name">The database's name and its connection string's.</param>
    /// <param name="instances">How many processes of the service use it (its replicas).</param>
    /// <param name="connectionsPerInstance">The pool size of each of them.</param>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, int instances = 1, int connectionsPerInstance = PostgresDatabaseResource.DefaultConnectionsPerInstance)
    {
        var database = new PostgresDatabaseResource(name, name, server.Resource, connectionsPerInstance, instances);
        return server.ApplicationBuilder.AddResource(database)
            .WithParentRelationship(server)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] })
            .WithIconName("Database")
            .WithReadinessProbe("accepts-connections", ct => CanConnectAsync(server.Resource, name, ct));
    }

    private static async Task<string?> CanConnectAsync(PostgresServerResource server, string database, CancellationToken ct)
    {
        try
        {
            var serverConnectionString = await server.ConnectionStringExpression.GetValueAsync(ct);
            await using var connection = new NpgsqlConnection(PostgresCluster.AdminConnectionString(serverConnectionString!, database));
            await connection.OpenAsync(ct);
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return exception.Message;
        }
    }
}
