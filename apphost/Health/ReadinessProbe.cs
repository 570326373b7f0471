using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PatientNetwork.AppHost.Health;

/// <summary>
/// Aspire re-runs a failing health check after 1, 2, 3, 4 and then every 5 seconds, so a server
/// that becomes ready just after a check is noticed up to 5 s late, at every step of the start-up
/// order. A check that keeps probing for a few seconds itself notices it within a tenth of a second.
/// </summary>
internal static class ReadinessProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <param name="probe">Probes once; anything but Healthy is probed again until the patience runs out.</param>
    /// <param name="ct">Stops the probing.</param>
    public static async Task<HealthCheckResult> WaitAsync(Func<CancellationToken, Task<HealthCheckResult>> probe, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var result = await probe(ct);
            if (result.Status == HealthStatus.Healthy || DateTime.UtcNow >= deadline)
            {
                return result;
            }

            await Task.Delay(Interval, ct);
        }
    }
}
