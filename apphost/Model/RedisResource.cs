using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Model;

public sealed class RedisResource(string name, RedisServer server) : IResourceWithConnectionString
{
    public RedisServer Server { get; } = server;

    public string ConnectionName { get; } = name;

    public string ConnectionString => Server.ConnectionString;
}
