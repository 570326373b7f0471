namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>A line of the delivery log: when a POST went, what the endpoint answered (null: no answer), how long it took, and why it failed.</summary>
public sealed record WebhookAttemptResponse(Guid DeliveryId, string MessageId, DateTimeOffset At, int? StatusCode, int DurationMilliseconds, string? Error);
