namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>The new endpoint with its signing secret, shown this once.</summary>
public sealed record CreatedWebhookResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, WebhookSubscriptionStatus Status, DateTimeOffset CreatedAt, string Secret);
