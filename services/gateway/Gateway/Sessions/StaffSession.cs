namespace PatientNetwork.Gateway.Sessions;

/// <summary>
/// One sign-in: the token's <c>sid</c>. It ends when signed out (one or everywhere), when the account
/// is disabled or its password changes, after its absolute lifetime, or after too long without a request.
/// </summary>
public sealed class StaffSession
{
    private StaffSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When a request last used it, written at most once per touch interval (see <see cref="SessionRules.TouchInterval"/>).</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    public string ClientAddress { get; private set; } = "";

    public static StaffSession Start(Guid accountId, string associationId, string clientAddress, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        AssociationId = associationId,
        StartedAt = now,
        ExpiresAt = now + lifetime,
        LastSeenAt = now,
        ClientAddress = clientAddress,
    };
}
