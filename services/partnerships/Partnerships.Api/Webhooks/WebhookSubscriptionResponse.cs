namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>An endpoint as its partner sees it; never its secret. A disabled one says why and when.</summary>
public sealed record WebhookSubscriptionResponse(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, WebhookSubscriptionStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt, string? DisabledReason, int ConsecutiveFailures, DateTimeOffset? PreviousSecretExpiresAt)
{
    public static WebhookSubscriptionResponse From(WebhookSubscription s) => new(
        s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.CreatedAt, s.DisabledAt, s.DisabledReason, s.ConsecutiveFailures, s.PreviousSecretExpiresAt);
}
