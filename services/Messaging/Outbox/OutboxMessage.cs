using System.Diagnostics;
using System.Text.Json;
using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, saved in the same transaction as the change it
/// announces. The relay publishes it and stamps <see cref="SentAt"/>; until then it is retried,
/// unless it proves unreadable for long enough to be parked (docs/decisions/0010).
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 2000;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The event type's stable name (<see cref="IntegrationEventNames"/>), not its CLR name.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>W3C traceparent of the request that caused the event, so the publish joins its trace.</summary>
    public string? TraceParent { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Failed attempts of any kind, broker outages included.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset? FirstFailedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Set when the row was given up on; the relay skips it until someone re-queues it.</summary>
    public DateTimeOffset? ParkedAt { get; private set; }

    public static OutboxMessage For(IIntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        Type = IntegrationEventNames.NameOf(integrationEvent.GetType()),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), IntegrationEventJson.Options),
        OccurredAt = integrationEvent.OccurredAt,
        TraceParent = Activity.Current?.Id,
    };

    public void MarkSent(DateTimeOffset at) => SentAt = at;

    /// <summary>The broker did not take the event. That says nothing about the row, so it never parks it.</summary>
    public void RecordPublishFailure(string error, DateTimeOffset at) => RecordFailure(error, at);

    /// <summary>The row could not be read as its event; parks it once <paramref name="parking"/> says it has failed long enough.</summary>
    /// <returns>Whether the row is now parked.</returns>
    public bool RecordUnreadable(string error, DateTimeOffset at, OutboxParkingRule parking)
    {
        RecordFailure(error, at);
        if (parking.ShouldPark(Attempts, FirstFailedAt!.Value, at))
        {
            ParkedAt = at;
        }

        return ParkedAt is not null;
    }

    private void RecordFailure(string error, DateTimeOffset at)
    {
        Attempts++;
        FirstFailedAt ??= at;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }
}
