using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// Sends due deliveries. Each round finds the endpoints with due rows and gives each a turn of its own, started
/// without waiting for the others: an endpoint that is slow or failing holds only its own turn, never another
/// endpoint's rows. A turn claims a few of its endpoint's rows with SKIP LOCKED and a lease (a crashed instance's
/// claim lapses), sends them one at a time, and records every attempt; several instances share the work.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int EndpointsPerRound = 100;
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, Task> turns = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var subscriptionId in await DueEndpointsAsync(stoppingToken))
                {
                    if (turns.Count >= settings.MaxConcurrentEndpoints)
                    {
                        break;
                    }

                    if (!turns.ContainsKey(subscriptionId))
                    {
                        StartTurn(subscriptionId, stoppingToken);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(exception);
            }

            try
            {
                await Task.Delay(settings.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(turns.Values);
    }

    /// <summary>Runs the endpoint's turn in the background; it leaves <see cref="turns"/> only after it was entered there.</summary>
    private void StartTurn(Guid subscriptionId, CancellationToken stoppingToken)
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        turns[subscriptionId] = RunAsync();
        entered.SetResult();

        async Task RunAsync()
        {
            await entered.Task;
            try
            {
                await TurnAsync(subscriptionId, stoppingToken);
            }
            finally
            {
                turns.TryRemove(subscriptionId, out _);
            }
        }
    }

    private async Task<List<Guid>> DueEndpointsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipsDbContext>();
        var now = time.GetUtcNow();
        var busy = turns.Keys.ToArray();
        return await db.Database.SqlQuery<Guid>($"""
            SELECT DISTINCT d.subscription_id AS "Value"
            FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
            WHERE d.status = 'Pending' AND d.next_attempt_at <= {now} AND (d.locked_until IS NULL OR d.locked_until < {now})
              AND s.status = 'Active' AND d.subscription_id <> ALL({busy})
            LIMIT {EndpointsPerRound}
            """).ToListAsync(cancellationToken);
    }

    private async Task TurnAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnershipsDbContext>();
            var settings = options.Value;
            var now = time.GetUtcNow();
            var lease = now + ((settings.Timeout + LeaseMargin) * settings.DeliveriesPerTurn);
            var claimed = await db.Database.SqlQuery<Guid>($"""
                UPDATE webhook_deliveries SET locked_until = {lease}
                WHERE id IN (
                    SELECT id FROM webhook_deliveries
                    WHERE subscription_id = {subscriptionId} AND status = 'Pending' AND next_attempt_at <= {now}
                      AND (locked_until IS NULL OR locked_until < {now})
                    ORDER BY next_attempt_at, id LIMIT {settings.DeliveriesPerTurn}
                    FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return;
            }

            var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
            var deliveries = await db.WebhookDeliveries.Where(d => claimed.Contains(d.Id)).OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
            foreach (var delivery in deliveries)
            {
                if (subscription is null || subscription.Status != WebhookSubscriptionStatus.Active)
                {
                    delivery.GiveUp(time.GetUtcNow());
                    await db.SaveChangesAsync(CancellationToken.None);
                    continue;
                }

                await AttemptAsync(db, subscription, delivery, settings, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The claimed rows' lease lapses and a later round takes them again.
            LogTurnFailed(exception, subscriptionId);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the rows not sent wait out their lease.
        }
    }

    private async Task AttemptAsync(PartnershipsDbContext db, WebhookSubscription subscription, WebhookDelivery delivery, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var result = await sender.SendAsync(subscription, delivery, cancellationToken);
        var endedAt = time.GetUtcNow();
        db.WebhookAttempts.Add(new WebhookAttempt(delivery.Id, subscription.Id, startedAt, result.StatusCode, (int)result.Duration.TotalMilliseconds, result.Error));

        string? disabledFor = null;
        if (result.Succeeded)
        {
            delivery.RecordSuccess(result.StatusCode!.Value, endedAt);
            subscription.RecordSuccess();
        }
        else if (result.Gone)
        {
            delivery.RecordFailure(result.StatusCode, endedAt, null);
            disabledFor = subscription.Disable("The endpoint answered 410 Gone.", endedAt) ? subscription.DisabledReason : null;
        }
        else
        {
            var next = settings.Schedule.NextAttemptAt(delivery.Attempts + 1, endedAt, result.RetryAfter, settings.MaxRetryAfter, Random.Shared.NextDouble());
            delivery.RecordFailure(result.StatusCode, endedAt, next);
            disabledFor = subscription.RecordFailure(settings.DisableAfterConsecutiveFailures, endedAt) ? subscription.DisabledReason : null;
            LogAttemptFailed(delivery.Id, subscription.Id, result.StatusCode, delivery.Attempts, next);
        }

        if (disabledFor is not null)
        {
            db.WebhookDisabledNotices.Add(new WebhookDisabledNotice(subscription.Id, subscription.PartnerId, disabledFor, endedAt));
            LogDisabled(subscription.Id, subscription.PartnerId, disabledFor);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (disabledFor is not null)
        {
            await WebhookSubscriptions.GiveUpPendingAsync(db, subscription.Id, endedAt, CancellationToken.None);
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Webhook round failed; trying again at the next poll")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Webhook turn of subscription {SubscriptionId} failed; its claimed deliveries are retried when their lease lapses")]
    private partial void LogTurnFailed(Exception exception, Guid subscriptionId);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} to subscription {SubscriptionId} failed with {StatusCode} on attempt {Attempt}; next attempt at {NextAttemptAt}")]
    private partial void LogAttemptFailed(Guid deliveryId, Guid subscriptionId, int? statusCode, int attempt, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} of partner {PartnerId} disabled: {Reason}")]
    private partial void LogDisabled(Guid subscriptionId, string partnerId, string reason);
}
