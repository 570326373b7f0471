namespace PatientNetwork.AppHost.RabbitMq;

/// <summary>
/// A single RabbitMQ node from Debian's packages as a local process, with its own Erlang cookie,
/// Mnesia database and configuration under <see cref="DataDirectory"/>, so it neither needs nor
/// disturbs a system-wide RabbitMQ.
/// </summary>
public sealed class RabbitMqServerResource(string name, string command, string dataDirectory, string userName, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string AmqpEndpointName = "tcp";
    internal const string DistributionEndpointName = "dist";
    internal const string NodeName = "patientnetwork@localhost";

    private EndpointReference? amqp;

    public string DataDirectory { get; } = dataDirectory;

    public string UserName { get; } = userName;

    public ParameterResource Password { get; } = password;

    public EndpointReference AmqpEndpoint => amqp ??= new(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@127.0.0.1:{AmqpEndpoint.Property(EndpointProperty.Port)}/");
}
