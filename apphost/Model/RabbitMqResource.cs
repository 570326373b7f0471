using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Model;

public sealed class RabbitMqResource(string name, RabbitMqServer server) : IResourceWithConnectionString
{
    public RabbitMqServer Server { get; } = server;

    public string ConnectionName { get; } = name;

    public string ConnectionString => Server.AmqpUri.ToString();
}
