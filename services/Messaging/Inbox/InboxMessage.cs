namespace PatientNetwork.Messaging.Inbox;

/// <summary>One integration event handled by one consumer; its key makes a second delivery a no-op.</summary>
public sealed class InboxMessage(Guid eventId, string consumer, DateTimeOffset processedAt)
{
    public const int MaxConsumerLength = 200;

    public Guid EventId { get; private set; } = eventId;

    /// <summary>The consumer's <see cref="IdempotentConsumer{TEvent, TDbContext}.InboxName"/>.</summary>
    public string Consumer { get; private set; } = consumer;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;
}
