namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>A partner's endpoints and the notices of those the service disabled, for the association's admins.</summary>
public sealed record PartnerWebhooksOverview(IReadOnlyList<WebhookSubscriptionResponse> Subscriptions, IReadOnlyList<WebhookNoticeResponse> Notices);
