namespace PatientNetwork.AppHost.Redis;

/// <summary>A cache-only Redis from Debian's packages as a local process, on 127.0.0.1 with protected mode.</summary>
public sealed class RedisServerResource(string name, string command, string dataDirectory)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? endpoint;

    public string DataDirectory { get; } = dataDirectory;

    public EndpointReference Endpoint => endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}");
}
