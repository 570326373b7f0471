using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.Messaging.Health;

/// <summary>
/// Degraded while any outbox row is parked: the service works, but some event never reached its
/// consumers and needs a person (docs/runbook.md). The health check log line names the count.
/// </summary>
internal sealed class ParkedOutboxMessagesHealthCheck<TDbContext>(TDbContext db) : IHealthCheck where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var parked = await db.Set<OutboxMessage>().CountAsync(m => m.ParkedAt != null, cancellationToken);
        var data = new Dictionary<string, object> { ["parked"] = parked };
        return parked == 0
            ? HealthCheckResult.Healthy("No parked outbox messages", data)
            : new HealthCheckResult(context.Registration.FailureStatus, $"{parked} parked outbox message(s); see the runbook to list and re-queue them", data: data);
    }
}
