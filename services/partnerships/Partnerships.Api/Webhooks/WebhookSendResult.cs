namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>What one POST came to: the endpoint's status (null without an answer), how long it took, why it failed, and any Retry-After.</summary>
public sealed record WebhookSendResult(int? StatusCode, TimeSpan Duration, string? Error, TimeSpan? RetryAfter)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>410 Gone: the partner says the endpoint no longer exists.</summary>
    public bool Gone => StatusCode == 410;
}
