namespace PatientNetwork.Partnerships.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    Succeeded,

    /// <summary>Its retries are spent, or its endpoint answered 410 or was disabled; a replay makes it pending again.</summary>
    Failed,
}
