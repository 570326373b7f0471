namespace PatientNetwork.AppHost.Postgres;

/// <summary>
/// A PostgreSQL server run from Debian's binaries as a local process (no container), its cluster
/// kept in <see cref="DataDirectory"/>, reachable only on 127.0.0.1 with the superuser's password.
/// </summary>
public sealed class PostgresServerResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";
    internal const string Superuser = "postgres";

    /// <summary>
    /// Connections beyond the services' pools: the app host's own checks, database creation, a person
    /// with psql, the tests' direct queries. PostgreSQL keeps 3 more for superusers on top.
    /// </summary>
    internal const int SpareConnections = 20;

    private EndpointReference? endpoint;

    public string DataDirectory { get; } = dataDirectory;

    public string ClusterDirectory => Path.Combine(DataDirectory, "pgdata");

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => endpoint ??= new(this, EndpointName);

    /// <summary>Every instance's pool of every database on this server, plus <see cref="SpareConnections"/>.</summary>
    public static int MaxConnections(IEnumerable<PostgresDatabaseResource> databases) =>
        databases.Sum(database => database.ConnectionsPerInstance * database.Instances) + SpareConnections;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={Superuser};Password={Password}");
}
