namespace PatientNetwork.Partnerships.Webhooks;

public enum WebhookSubscriptionStatus
{
    Active,

    /// <summary>By the partner, by a 410 answer, or after too many failures in a row: nothing is delivered until it is enabled again.</summary>
    Disabled,
}
