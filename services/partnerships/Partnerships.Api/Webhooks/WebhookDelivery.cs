namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// One event for one subscription, written in the same transaction as the change it announces and sent by the
/// <see cref="WebhookDispatcher"/> until the endpoint takes it or its retries are spent. Its id is the
/// <c>webhook-id</c> the partner sees, the same on every retry and replay, so the partner can drop repeats.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string EventType { get; private set; } = "";

    /// <summary>The thin JSON body (<see cref="WebhookPayload"/>), stored as sent so every attempt signs the same bytes.</summary>
    public string Payload { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts since it was created or last replayed: the position in the retry schedule.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>While a dispatcher holds it; a crashed dispatcher's claim lapses and another takes the row.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string MessageId => MessageIdOf(Id);

    public static string MessageIdOf(Guid id) => $"msg_{id:N}";

    public static WebhookDelivery Create(Guid id, WebhookSubscription subscription, string eventType, string payload, DateTimeOffset at) => new()
    {
        Id = id,
        SubscriptionId = subscription.Id,
        PartnerId = subscription.PartnerId,
        EventType = eventType,
        Payload = payload,
        CreatedAt = at,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = at,
    };

    public void RecordSuccess(int statusCode, DateTimeOffset at)
    {
        Attempted(statusCode, at);
        Status = WebhookDeliveryStatus.Succeeded;
        CompletedAt = at;
        NextAttemptAt = null;
    }

    /// <summary>A failed attempt: tried again at <paramref name="nextAttemptAt"/>, or failed for good when there is none.</summary>
    public void RecordFailure(int? statusCode, DateTimeOffset at, DateTimeOffset? nextAttemptAt)
    {
        Attempted(statusCode, at);
        if (nextAttemptAt is null)
        {
            GiveUp(at);
        }
        else
        {
            NextAttemptAt = nextAttemptAt;
        }
    }

    /// <summary>No more attempts: the endpoint is gone or disabled.</summary>
    public void GiveUp(DateTimeOffset at)
    {
        Status = WebhookDeliveryStatus.Failed;
        CompletedAt = at;
        NextAttemptAt = null;
        LockedUntil = null;
    }

    /// <summary>Sends it again from the start of the retry schedule, whatever became of it.</summary>
    public void Replay(DateTimeOffset at)
    {
        Status = WebhookDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = at;
        CompletedAt = null;
        LockedUntil = null;
    }

    private void Attempted(int? statusCode, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastStatusCode = statusCode;
        LockedUntil = null;
    }
}
