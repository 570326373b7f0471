using PatientNetwork.AppHost.Health;
using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Redis;

public static class RedisResourceExtensions
{
    /// <summary>Redis as an executable resource; healthy once it answers PING.</summary>
    public static IResourceBuilder<RedisServerResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, string dataDirectory, int? port = null)
    {
        var directory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(directory);
        var server = new RedisServerResource(name, DebianPackages.RedisServerPath, directory);
        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, name: RedisServerResource.EndpointName, scheme: "tcp", isProxied: false)
            // Cache only: no RDB snapshots or AOF, so a restart starts empty and a stop never waits on a save.
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(server.Endpoint.Property(EndpointProperty.TargetPort));
                foreach (var argument in new[] { "--bind", "127.0.0.1", "--dir", directory, "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes" })
                {
                    context.Args.Add(argument);
                }
            })
            .WithIconName("Memory")
            .WithReadinessProbe("answers-ping", async ct =>
                server.Endpoint.IsAllocated && await TcpProbe.RedisPongAsync(server.Endpoint.Port, ct) ? null : "no PONG");
    }
}
