using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// One attempt to deliver one outbox row, apart from the database and the bus so the decision is
/// testable: an unreadable row counts toward parking, a failed publish never does.
/// </summary>
internal static class OutboxDelivery
{
    public static async Task<OutboxDeliveryResult> TryDeliverAsync(
        OutboxMessage message,
        Func<IIntegrationEvent, Task> publish,
        TimeProvider time,
        OutboxParkingRule parking,
        CancellationToken cancellationToken)
    {
        IIntegrationEvent integrationEvent;
        try
        {
            integrationEvent = IntegrationEventJson.Deserialize(message);
        }
        catch (UnreadableOutboxMessageException exception)
        {
            var parked = message.RecordUnreadable(exception.Message, time.GetUtcNow(), parking);
            return new(parked ? OutboxDeliveryOutcome.Parked : OutboxDeliveryOutcome.Held, exception);
        }

        try
        {
            await publish(integrationEvent);
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
