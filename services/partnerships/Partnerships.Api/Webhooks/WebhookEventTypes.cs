namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>The event types a partner may subscribe to; a name, once published, never changes meaning.</summary>
public static class WebhookEventTypes
{
    public const string EventPublished = "event.published";
    public const string EventChanged = "event.changed";
    public const string EventCancelled = "event.cancelled";
    public const string StatisticsReleased = "statistics.released";
    public const string ReferralStatusChanged = "referral.status_changed";

    public static readonly IReadOnlyList<string> All = [EventPublished, EventChanged, EventCancelled, StatisticsReleased, ReferralStatusChanged];
}
