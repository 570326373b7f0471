using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Messaging.Retention;

/// <summary>
/// Deletes sent outbox rows and inbox rows older than their retention, every
/// <see cref="MessageRetentionOptions.PruneEvery"/>, in batches of
/// <see cref="MessageRetentionOptions.PruneBatchSize"/> rows, each its own short statement. Rows are
/// picked with SKIP LOCKED, so the replicas of a service prune side by side without waiting on, or
/// deleting twice, each other's rows; no session state or advisory lock is needed (ADR 0008).
/// </summary>
public sealed partial class MessageStorePruner<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<MessageRetentionOptions> options,
    TimeProvider time,
    ILogger<MessageStorePruner<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PruneEvery, time, stoppingToken);
                await PruneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next run tries again; rows only wait a little longer to be deleted.
                LogPruneFailed(exception);
            }
        }
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value;
        var now = time.GetUtcNow();
        var sentBefore = retention.SentOutboxCutOff(now);
        var processedBefore = retention.InboxCutOff(now);
        var batchSize = retention.PruneBatchSize;

        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TDbContext>().Database;

        var outbox = await BatchedDelete.UntilShortAsync(batchSize, () => database.ExecuteSqlAsync(
            $"""
            DELETE FROM outbox_messages WHERE id IN (
                SELECT id FROM outbox_messages WHERE sent_at < {sentBefore}
                ORDER BY sent_at LIMIT {batchSize} FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken));
        var inbox = await BatchedDelete.UntilShortAsync(batchSize, () => database.ExecuteSqlAsync(
            $"""
            DELETE FROM inbox_messages WHERE (event_id, consumer) IN (
                SELECT event_id, consumer FROM inbox_messages WHERE processed_at < {processedBefore}
                ORDER BY processed_at LIMIT {batchSize} FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken));

        if (outbox + inbox > 0)
        {
            MessagingTelemetry.PrunedMessages.Add(outbox, new KeyValuePair<string, object?>("table", "outbox_messages"));
            MessagingTelemetry.PrunedMessages.Add(inbox, new KeyValuePair<string, object?>("table", "inbox_messages"));
            LogPruned(outbox, sentBefore, inbox, processedBefore);
        }
    }

    [LoggerMessage(EventId = 7105, Level = LogLevel.Information, Message = "Pruned {OutboxRows} outbox rows sent before {SentBefore} and {InboxRows} inbox rows processed before {ProcessedBefore}")]
    private partial void LogPruned(int outboxRows, DateTimeOffset sentBefore, int inboxRows, DateTimeOffset processedBefore);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Warning, Message = "Pruning the outbox and inbox failed; the next run retries")]
    private partial void LogPruneFailed(Exception exception);
}
