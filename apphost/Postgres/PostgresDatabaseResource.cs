namespace PatientNetwork.AppHost.Postgres;

/// <summary>
/// One service's database on the local PostgreSQL server; its name is the connection string's name.
/// The connection string caps each instance's pool, so that the pools of every instance of every
/// service fit in the server's <c>max_connections</c> (<see cref="PostgresServerResource.MaxConnections"/>).
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent, int connectionsPerInstance, int instances)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public const int DefaultConnectionsPerInstance = 20;

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    /// <summary>The pool size of each process using this database.</summary>
    public int ConnectionsPerInstance { get; } = connectionsPerInstance;

    /// <summary>How many processes use this database at most (the service's replicas).</summary>
    public int Instances { get; } = instances;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName};Maximum Pool Size={ConnectionsPerInstance.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
