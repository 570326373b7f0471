namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>A new endpoint: where to POST, which event types (<see cref="WebhookEventTypes.All"/>), and a note of the partner's own.</summary>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Description);
