namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>The notice of an endpoint the service disabled.</summary>
public sealed record WebhookNoticeResponse(Guid SubscriptionId, string Reason, DateTimeOffset At);
