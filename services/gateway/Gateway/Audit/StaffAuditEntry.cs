namespace PatientNetwork.Gateway.Audit;

/// <summary>
/// One sign-in, failed sign-in, enrolment, account change, reset or sign-out: who did it, to which
/// account, when, from which client address. Append-only. A failure never records the password, only
/// its category (<see cref="Reason"/>); a failure for an unknown login belongs to no association.
/// </summary>
public sealed class StaffAuditEntry
{
    private StaffAuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? AssociationId { get; private set; }

    public string Action { get; private set; } = "";

    /// <summary>Who acted: the account itself for a sign-in, the admin for an account change; null when nobody signed in.</summary>
    public Guid? ActorId { get; private set; }

    public string? ActorLogin { get; private set; }

    /// <summary>The account acted on.</summary>
    public Guid? AccountId { get; private set; }

    public string AccountLogin { get; private set; } = "";

    /// <summary>A failure's category (<see cref="StaffAuditReasons"/>), or what changed; never a secret.</summary>
    public string? Reason { get; private set; }

    public string ClientAddress { get; private set; } = "";

    public static StaffAuditEntry Create(
        DateTimeOffset at, string? associationId, string action, Guid? actorId, string? actorLogin, Guid? accountId, string accountLogin, string? reason, string clientAddress) => new()
    {
        At = at,
        AssociationId = associationId,
        Action = action,
        ActorId = actorId,
        ActorLogin = actorLogin,
        AccountId = accountId,
        AccountLogin = accountLogin,
        Reason = reason,
        ClientAddress = clientAddress,
    };
}
