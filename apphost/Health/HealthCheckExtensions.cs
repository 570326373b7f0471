using Microsoft.Extensions.DependencyInjection;

namespace PatientNetwork.AppHost.Health;

public static class HealthCheckExtensions
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>A health check of ours on a resource: the probe is retried for a few seconds before it counts as unhealthy.</summary>
    public static IResourceBuilder<T> WithReadinessProbe<T>(this IResourceBuilder<T> builder, string name, Func<CancellationToken, Task<string?>> probe)
        where T : IResource
    {
        var key = $"{builder.Resource.Name}-{name}";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(key, ct => ReadinessProbe.WaitAsync(probe, ct));
        return builder.WithHealthCheck(key);
    }

    /// <summary>Ready once the service's own <c>/health</c> answers 200.</summary>
    public static IResourceBuilder<ProjectResource> WithHealthEndpointProbe(this IResourceBuilder<ProjectResource> builder)
    {
        var endpoint = builder.Resource.GetEndpoint("http");
        return builder.WithReadinessProbe("health", async ct =>
        {
            if (!endpoint.IsAllocated)
            {
                return "no port yet";
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(new Uri(endpoint.Url), "/health"), ct);
                return response.IsSuccessStatusCode ? null : $"/health answered {(int)response.StatusCode}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                return exception.Message;
            }
        });
    }
}
