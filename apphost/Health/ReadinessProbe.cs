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

    /// <param name="probe">Null when ready, otherwise why not.</param>
    /// <param name="ct">Stops the probing.</param>
    public static async Task<HealthCheckResult> WaitAsync(Func<CancellationToken, Task<string?>> probe, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var notReady = await probe(ct);
            if (notReady is null)
            {
                return HealthCheckResult.Healthy();
            }

            if (DateTime.UtcNow >= deadline)
            {
                return HealthCheckResult.Unhealthy(notReady);
            }

            await Task.Delay(Interval, ct);
        }
    }
}
