namespace PatientNetwork.AppHost.Model;

public sealed class PostgresDatabaseResource(PostgresResource parent, string name) : IResourceWithConnectionString
{
    public string ConnectionName { get; } = name;

    public string ConnectionString => parent.Server.ConnectionString(ConnectionName);
}
