using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Model;

public sealed class PostgresResource(PostgresServer server)
{
    private readonly List<PostgresDatabaseResource> databases = [];

    public PostgresServer Server { get; } = server;

    public IReadOnlyList<PostgresDatabaseResource> Databases => databases;

    /// <summary>A database of this server, created at start-up when missing; named as its connection string.</summary>
    public PostgresDatabaseResource AddDatabase(string name)
    {
        var database = new PostgresDatabaseResource(this, name);
        databases.Add(database);
        return database;
    }
}
