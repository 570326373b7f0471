using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PatientNetwork.Messaging.Health;

/// <summary>
/// Degraded while the outbox relay cannot publish: the service still reads and writes (events wait
/// in the outbox), but nothing reaches the other services until the broker answers again.
/// </summary>
internal sealed class OutboxPublishingHealthCheck(OutboxPublishingState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Failing is { } failing
            ? new HealthCheckResult(context.Registration.FailureStatus, $"Publishing to RabbitMQ has failed since {failing.Since:u}: {failing.Error}")
            : HealthCheckResult.Healthy("The outbox relay publishes"));
}
