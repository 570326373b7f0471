namespace PatientNetwork.AppHost.RabbitMq;

/// <summary>
/// The Erlang port mapper the RabbitMQ node registers with. Left to itself the node starts epmd as a
/// daemon that outlives it; as a resource of its own it runs in the foreground and stops with the rest.
/// </summary>
public sealed class EpmdResource(string name, string workingDirectory)
    : ExecutableResource(name, "/usr/bin/epmd", workingDirectory)
{
    internal const string EndpointName = "tcp";

    private EndpointReference? endpoint;

    public EndpointReference Endpoint => endpoint ??= new(this, EndpointName);
}
