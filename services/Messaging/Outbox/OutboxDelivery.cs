using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// One relay pass over a batch of outbox rows, apart from the database and the bus so the decisions
/// are testable: an unreadable row counts toward parking, a failed publish never does.
/// </summary>
internal static class OutboxDelivery
{
    /// <summary>
    /// Publishes the batch's rows in their order without waiting for each publisher confirm before the
    /// next publish: the broker confirms them together, so a pass costs about one confirm instead of one
    /// per row (a relay that waited for each fell seconds behind at 100 registrations a second). A row
    /// that cannot be read and is not parked yet stops the pass before the rows behind it, which keep
    /// their order; a publish that fails is held for the next pass while the rows published after it in
    /// the same pass stay sent, so only then can a later event reach the broker first (consumers decide
    /// by <c>OccurredAt</c> where order matters, ADR 0002).
    /// </summary>
    /// <returns>Each row attempted in this pass, in the batch's order, with what became of it.</returns>
    public static async Task<IReadOnlyList<(OutboxMessage Message, OutboxDeliveryResult Result)>> DeliverBatchAsync(
        IReadOnlyList<OutboxMessage> batch,
        Func<OutboxMessage, IIntegrationEvent, Task> publish,
        TimeProvider time,
        OutboxParkingRule parking,
        CancellationToken cancellationToken)
    {
        var attempts = new List<(OutboxMessage Message, Task<OutboxDeliveryResult> Result)>(batch.Count);
        foreach (var message in batch)
        {
            IIntegrationEvent integrationEvent;
            try
            {
                integrationEvent = IntegrationEventJson.Deserialize(message);
            }
            catch (UnreadableOutboxMessageException exception)
            {
                var parked = message.RecordUnreadable(exception.Message, time.GetUtcNow(), parking);
                attempts.Add((message, Task.FromResult(new OutboxDeliveryResult(parked ? OutboxDeliveryOutcome.Parked : OutboxDeliveryOutcome.Held, exception))));
                if (!parked)
                {
                    break;
                }

                continue;
            }

            attempts.Add((message, PublishAsync(message, integrationEvent, publish, time, cancellationToken)));
        }

        var results = new List<(OutboxMessage, OutboxDeliveryResult)>(attempts.Count);
        foreach (var (message, result) in attempts)
        {
            results.Add((message, await result));
        }

        return results;
    }

    private static async Task<OutboxDeliveryResult> PublishAsync(
        OutboxMessage message, IIntegrationEvent integrationEvent, Func<OutboxMessage, IIntegrationEvent, Task> publish, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await publish(message, integrationEvent);
            message.MarkSent(time.GetUtcNow());
            return new(OutboxDeliveryOutcome.Sent, null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The broker's fault as far as anyone can tell: every row would fail the same way during an outage.
            message.RecordPublishFailure(exception.Message, time.GetUtcNow());
            return new(OutboxDeliveryOutcome.Held, exception);
        }
    }
}
