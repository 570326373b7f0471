namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>One POST of a delivery to its endpoint, for the partner's delivery log.</summary>
public sealed class WebhookAttempt(Guid deliveryId, Guid subscriptionId, DateTimeOffset at, int? statusCode, int durationMilliseconds, string? error)
{
    public const int MaxErrorLength = 500;

    public long Id { get; private set; }

    public Guid DeliveryId { get; private set; } = deliveryId;

    public Guid SubscriptionId { get; private set; } = subscriptionId;

    public DateTimeOffset At { get; private set; } = at;

    /// <summary>Null when no answer came (timeout, refused connection, address refused by the SSRF guard).</summary>
    public int? StatusCode { get; private set; } = statusCode;

    public int DurationMilliseconds { get; private set; } = durationMilliseconds;

    public string? Error { get; private set; } = error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}
