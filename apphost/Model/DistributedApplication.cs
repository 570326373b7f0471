using PatientNetwork.AppHost.Servers;

namespace PatientNetwork.AppHost.Model;

/// <summary>The built model: backing servers to start, databases to create, projects to run.</summary>
public sealed class DistributedApplication(
    IReadOnlyList<IBackingServer> servers,
    IReadOnlyList<PostgresResource> postgres,
    IReadOnlyList<ProjectResource> projects,
    TextWriter log) : IAsyncDisposable
{
    public IReadOnlyList<ProjectResource> Projects { get; } = projects;

    public IReadOnlyList<IBackingServer> Servers { get; } = servers;

    public ProjectResource Project(string name) => Projects.Single(p => p.Name == name);

    /// <summary>Installs what is missing, starts every server in parallel and creates the databases.</summary>
    public async Task StartInfrastructureAsync(CancellationToken cancellationToken)
    {
        await DebianPackages.EnsureInstalledAsync(log, cancellationToken);
        await Task.WhenAll(Servers.Select(server => StartAsync(server, cancellationToken)));
        foreach (var database in postgres.SelectMany(p => p.Databases.Select(d => (p.Server, d.ConnectionName))))
        {
            await database.Server.EnsureDatabaseAsync(database.ConnectionName, cancellationToken);
        }
    }

    public async Task StopInfrastructureAsync()
    {
        foreach (var server in Servers.Reverse())
        {
            try
            {
                await server.StopAsync();
            }
            catch (Exception exception)
            {
                await log.WriteLineAsync($"Stopping {server.Name} failed: {exception.Message}");
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopInfrastructureAsync();

    private async Task StartAsync(IBackingServer server, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await server.StartAsync(cancellationToken);
        await log.WriteLineAsync($"  {server.Name,-10} ready in {started.Elapsed.TotalSeconds:0.0} s");
    }
}
