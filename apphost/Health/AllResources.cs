using Microsoft.Extensions.DependencyInjection;

namespace PatientNetwork.AppHost.Health;

/// <summary>"Everything is up": every resource that has a health check has passed it.</summary>
public static class AllResources
{
    /// <returns>How many resources were waited for.</returns>
    public static async Task<int> WaitUntilHealthyAsync(IServiceProvider services, CancellationToken ct)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var healthChecked = services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any())
            .ToList();
        await Task.WhenAll(healthChecked.Select(resource => notifications.WaitForResourceHealthyAsync(resource.Name, ct)));
        return healthChecked.Count;
    }
}
