namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// Why and when the service disabled a partner's endpoint. Partners have no contact field to mail, so the notice
/// is this row, shown to the partner on the subscription and to the association's admins, plus a log line (ADR 0027).
/// </summary>
public sealed class WebhookDisabledNotice(Guid subscriptionId, string partnerId, string reason, DateTimeOffset at)
{
    public long Id { get; private set; }

    public Guid SubscriptionId { get; private set; } = subscriptionId;

    public string PartnerId { get; private set; } = partnerId;

    public string Reason { get; private set; } = reason;

    public DateTimeOffset At { get; private set; } = at;
}
