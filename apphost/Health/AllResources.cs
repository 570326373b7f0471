using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PatientNetwork.AppHost.Health;

/// <summary>"Everything is up": every resource that has a health check has passed it.</summary>
public static class AllResources
{
    /// <param name="services">The app host's services.</param>
    /// <param name="ct">Stops the waiting.</param>
    /// <param name="acceptDegraded">
    /// Whether a Degraded resource counts as up: a service serves requests while Degraded (an outbox
    /// row parked by an earlier run, say), so a person can start working; tests want every resource Healthy.
    /// </param>
    /// <returns>Each resource waited for, with its status and when it reached it (since the app host process started), slowest first.</returns>
    public static async Task<IReadOnlyList<ResourceUp>> WaitUntilHealthyAsync(IServiceProvider services, CancellationToken ct, bool acceptDegraded = false)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var started = Process.GetCurrentProcess().StartTime;
        var healthChecked = services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any());
        var up = await Task.WhenAll(healthChecked.Select(async resource =>
        {
            var reached = acceptDegraded
                ? await notifications.WaitForResourceAsync(resource.Name, e => e.Snapshot.HealthStatus is HealthStatus.Healthy or HealthStatus.Degraded, ct)
                : await notifications.WaitForResourceHealthyAsync(resource.Name, ct);
            return new ResourceUp(resource.Name, reached.Snapshot.HealthStatus!.Value, DateTime.Now - started);
        }));
        return [.. up.OrderByDescending(resource => resource.After)];
    }
}

public sealed record ResourceUp(string Resource, HealthStatus Status, TimeSpan After);
