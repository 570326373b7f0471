using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PatientNetwork.AppHost.Health;

public static class HealthCheckExtensions
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>A health check of ours on a resource: the probe is retried for a few seconds before it counts as unhealthy.</summary>
    /// <param name="builder">The resource.</param>
    /// <param name="name">The check's name, unique within the resource.</param>
    /// <param name="probe">Null when ready, otherwise why not.</param>
    public static IResourceBuilder<T> WithReadinessProbe<T>(this IResourceBuilder<T> builder, string name, Func<CancellationToken, Task<string?>> probe)
        where T : IResource =>
        builder.WithStatusProbe(name, async ct => await probe(ct) is { } notReady ? HealthCheckResult.Unhealthy(notReady) : HealthCheckResult.Healthy());

    private static IResourceBuilder<T> WithStatusProbe<T>(this IResourceBuilder<T> builder, string name, Func<CancellationToken, Task<HealthCheckResult>> probe)
        where T : IResource
    {
        var key = $"{builder.Resource.Name}-{name}";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(key, ct => ReadinessProbe.WaitAsync(probe, ct));
        return builder.WithHealthCheck(key);
    }

    /// <summary>
    /// The service's own <c>/health</c>: 200 "Healthy", 200 "Degraded" (it serves requests, but
    /// messaging is down or an outbox row is parked; its logs say which), or not ready.
    /// </summary>
    public static IResourceBuilder<T> WithHealthEndpointProbe<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithEndpoints
    {
        var endpoint = builder.Resource.GetEndpoint("http");
        return builder.WithStatusProbe("health", async ct =>
        {
            if (!endpoint.IsAllocated)
            {
                return HealthCheckResult.Unhealthy("no port yet");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(new Uri(endpoint.Url), "/health"), ct);
                var status = await response.Content.ReadAsStringAsync(ct);
                return (response.IsSuccessStatusCode, status) switch
                {
                    (true, nameof(HealthStatus.Healthy)) => HealthCheckResult.Healthy(),
                    (true, _) => HealthCheckResult.Degraded($"/health answered {status}: see the service's logs for the check that is not healthy"),
                    _ => HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode}"),
                };
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy(exception.Message);
            }
        });
    }
}
