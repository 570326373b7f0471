using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Health;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// Publishes outbox rows in order, with RabbitMQ publisher confirms (MassTransit waits for the
/// broker's ack; a batch's publishes share their wait, see <see cref="OutboxDelivery"/>), and marks them sent. A failed publish leaves the row for the next attempt, so an
/// event survives a broker outage and a crash of this process; rows are locked with SKIP LOCKED
/// so several instances of a service never publish the same row at once. A row that cannot be
/// read as an event is parked once it has failed long enough (<see cref="OutboxParkingRule"/>),
/// so it stops holding back the rows behind it; a failed publish never parks a row, because
/// during a broker outage every row would fail (docs/decisions/0010).
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxPublishingState publishing,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private const int BatchSize = 50;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    // A failed publish costs little, and events wait on it: after an outage the relay should be trying
    // again within seconds of the broker's return (the chaos run converged 15 s late with 30 s).
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(4);

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
            .FromSqlRaw($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND parked_at IS NULL ORDER BY occurred_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        var outcome = batch.Count == BatchSize ? BatchOutcome.Full : BatchOutcome.Drained;
        var deliveries = await OutboxDelivery.DeliverBatchAsync(
            batch, (message, integrationEvent) => PublishAsync(bus, message, integrationEvent, cancellationToken), time, options.Value.Parking, cancellationToken);
        foreach (var (message, delivery) in deliveries)
        {
            if (delivery.Outcome == OutboxDeliveryOutcome.Sent)
            {
                publishing.RecordPublished();
            }
            else if (delivery.Outcome == OutboxDeliveryOutcome.Parked)
            {
                LogParked(message.Id, message.Type, message.Attempts, message.LastError);
                MessagingTelemetry.ParkedOutboxMessages.Add(1, new KeyValuePair<string, object?>("outbox", typeof(TDbContext).Name));
            }
            else if (delivery.Failure is UnreadableOutboxMessageException)
            {
                LogUnreadable(delivery.Failure, message.Id, message.Type, message.Attempts);
                outcome = BatchOutcome.Failed;
            }
            else
            {
                publishing.RecordFailed(delivery.Failure!.Message);
                LogPublishFailed(delivery.Failure, message.Id, message.Type, message.Attempts);
                outcome = BatchOutcome.Failed;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return outcome;
    }

    private static async Task PublishAsync(IBus bus, OutboxMessage message, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
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

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) cannot be read as an event on attempt {Attempt}; it holds back later messages until it is parked")]
    private partial void LogUnreadable(Exception exception, Guid messageId, string messageType, int attempt);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Error, Message = "Outbox message {MessageId} ({MessageType}) is parked after {Attempts} failed attempts and will not be published until it is re-queued (docs/runbook.md): {LastError}")]
    private partial void LogParked(Guid messageId, string messageType, int attempts, string? lastError);
}
