namespace PatientNetwork.AppHost.Servers;

/// <summary>An infrastructure server (database, cache, broker) run as a child process of the AppHost.</summary>
public interface IBackingServer : IAsyncDisposable
{
    string Name { get; }

    /// <summary>
    /// Starts the server and completes only once it accepts clients. Throws
    /// <see cref="InvalidOperationException"/> with the tail of the server's log on failure or timeout.
    /// Calling it while the server already runs does nothing.
    /// </summary>
    Task StartAsync(CancellationToken ct);

    /// <summary>Stops the server and every helper process it spawned. Idempotent; safe if never started.</summary>
    Task StopAsync();
}
