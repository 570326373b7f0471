namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>One event sent (or being sent) to the endpoint, with where it stands.</summary>
public sealed record WebhookDeliveryResponse(
    Guid Id, string MessageId, string EventType, WebhookDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatusCode)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) => new(
        d.Id, d.MessageId, d.EventType, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.LastAttemptAt, d.LastStatusCode);
}
