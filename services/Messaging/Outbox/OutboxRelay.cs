using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// Publishes outbox rows in order, with RabbitMQ publisher confirms (MassTransit waits for the
/// broker's ack), and marks them sent. A failed publish leaves the row for the next attempt, so an
/// event survives a broker outage and a crash of this process; rows are locked with SKIP LOCKED
/// so several instances of a service never publish the same row at once.
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private const int BatchSize = 50;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await RelayBatchAsync(stoppingToken);
                backoff = outcome == BatchOutcome.Failed ? NextBackoff(backoff) : TimeSpan.Zero;
                if (outcome == BatchOutcome.Full)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                backoff = NextBackoff(backoff);
                LogRelayFailed(exception, backoff.TotalSeconds);
            }

            try
            {
                if (backoff > TimeSpan.Zero)
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                else
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<BatchOutcome> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Set<OutboxMessage>()
            .FromSqlRaw($"SELECT * FROM outbox_messages WHERE sent_at IS NULL ORDER BY occurred_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        var outcome = batch.Count == BatchSize ? BatchOutcome.Full : BatchOutcome.Drained;
        foreach (var message in batch)
        {
            try
            {
                await PublishAsync(bus, message, cancellationToken);
                message.MarkSent(time.GetUtcNow());
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Stop at the first failure: later events must not overtake an earlier one.
                message.RecordFailure(exception.Message);
                LogPublishFailed(exception, message.Id, message.Type, message.Attempts);
                outcome = BatchOutcome.Failed;
                break;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return outcome;
    }

    private static async Task PublishAsync(IBus bus, OutboxMessage message, CancellationToken cancellationToken)
    {
        var integrationEvent = IntegrationEventJson.Deserialize(message);
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox relay {integrationEvent.GetType().Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.Id, timeout.Token);
    }

    private static TimeSpan NextBackoff(TimeSpan current)
    {
        var next = current == TimeSpan.Zero ? TimeSpan.FromMilliseconds(500) : current * 2;
        return next > MaxBackoff ? MaxBackoff : next;
    }

    private enum BatchOutcome
    {
        Drained,
        Full,
        Failed,
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Outbox relay failed; retrying in {BackoffSeconds} s")]
    private partial void LogRelayFailed(Exception exception, double backoffSeconds);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed on attempt {Attempt}; it stays queued")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType, int attempt);
}
