namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// A partner's endpoint and the event types it wants. The signing secret is kept encrypted (it must be usable
/// for HMAC, so it cannot be hashed); after a rotation the previous secret keeps signing alongside the new one
/// until <see cref="PreviousSecretExpiresAt"/>, so the partner can switch its verifier without losing a delivery.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription()
    {
    }

    public Guid Id { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string Url { get; private set; } = "";

    public string[] EventTypes { get; private set; } = [];

    public string? Description { get; private set; }

    /// <summary>The current <c>whsec_</c> secret, encrypted with the service's field encryptor.</summary>
    public string ProtectedSecret { get; private set; } = "";

    public string? ProtectedPreviousSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public WebhookSubscriptionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    /// <summary>Failed attempts since the last successful one; reaching the configured limit disables the endpoint.</summary>
    public int ConsecutiveFailures { get; private set; }

    public static WebhookSubscription Create(string partnerId, string url, IEnumerable<string> eventTypes, string? description, string protectedSecret, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        PartnerId = partnerId,
        Url = url,
        EventTypes = eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        Description = description,
        ProtectedSecret = protectedSecret,
        Status = WebhookSubscriptionStatus.Active,
        CreatedAt = at,
    };

    /// <summary>The encrypted secrets that sign a delivery at <paramref name="at"/>: the current one, and the previous one during the overlap.</summary>
    public IEnumerable<string> LiveProtectedSecrets(DateTimeOffset at)
    {
        yield return ProtectedSecret;
        if (ProtectedPreviousSecret is not null && PreviousSecretExpiresAt > at)
        {
            yield return ProtectedPreviousSecret;
        }
    }

    /// <summary>A new current secret; the one it replaces keeps signing until <paramref name="previousExpiresAt"/>.</summary>
    public void RotateSecret(string protectedSecret, DateTimeOffset previousExpiresAt)
    {
        ProtectedPreviousSecret = ProtectedSecret;
        PreviousSecretExpiresAt = previousExpiresAt;
        ProtectedSecret = protectedSecret;
    }

    /// <summary>Stops deliveries; false when it was already disabled (the first reason stays).</summary>
    public bool Disable(string reason, DateTimeOffset at)
    {
        if (Status == WebhookSubscriptionStatus.Disabled)
        {
            return false;
        }

        Status = WebhookSubscriptionStatus.Disabled;
        DisabledAt = at;
        DisabledReason = reason;
        return true;
    }

    public void Enable()
    {
        Status = WebhookSubscriptionStatus.Active;
        DisabledAt = null;
        DisabledReason = null;
        ConsecutiveFailures = 0;
    }

    public void RecordSuccess() => ConsecutiveFailures = 0;

    /// <summary>Counts a failed attempt; true when it is the one that reaches <paramref name="limit"/> and so disables the endpoint.</summary>
    public bool RecordFailure(int limit, DateTimeOffset at)
    {
        ConsecutiveFailures++;
        return ConsecutiveFailures >= limit && Disable($"{ConsecutiveFailures} failed attempts in a row", at);
    }
}
