namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// The thin body of a delivery: what happened, and where to fetch it with the partner's token. No personal data,
/// and nothing the partner's scopes would not let it read: the link is read through the public API.
/// </summary>
/// <param name="Id">The delivery's <c>webhook-id</c>.</param>
/// <param name="Type">One of <see cref="WebhookEventTypes.All"/>.</param>
/// <param name="Timestamp">When the change happened.</param>
/// <param name="Data">The changed resource.</param>
public sealed record WebhookPayload(string Id, string Type, DateTimeOffset Timestamp, WebhookPayloadData Data);
