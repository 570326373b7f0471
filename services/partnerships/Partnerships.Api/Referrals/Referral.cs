namespace PatientNetwork.Partnerships.Referrals;

/// <summary>
/// A partner's referral of a child to an association, following FHIR Task: requested → accepted | rejected;
/// accepted → in-progress → completed; requested or accepted → cancelled by the partner. The referral's id is the
/// partner's own, its idempotency key; <see cref="RequestHash"/> tells a repeat from a different request under that id.
/// The child's and family's details are one encrypted field.
/// </summary>
public sealed class Referral
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Allowed = new()
    {
        [ReferralStatus.Requested] = [ReferralStatus.Accepted, ReferralStatus.Rejected, ReferralStatus.Cancelled],
        [ReferralStatus.Accepted] = [ReferralStatus.InProgress, ReferralStatus.Cancelled],
        [ReferralStatus.InProgress] = [ReferralStatus.Completed],
    };

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    public string PartnerId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public string RequestHash { get; private set; } = "";

    public string DiagnosisGroup { get; private set; } = "";

    public string DiagnosisCode { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public ReferralUrgency Urgency { get; private set; }

    /// <summary>The child, the family's contact and the referring doctor, encrypted (<see cref="ReferralDetails"/>).</summary>
    public string ProtectedDetails { get; private set; } = "";

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public List<ReferralTransition> History { get; private set; } = [];

    public static Referral Request(Guid id, string partnerId, string associationId, string requestHash, string diagnosisGroup, string diagnosisCode,
        string regionCode, ReferralUrgency urgency, string protectedDetails, string by, DateTimeOffset at) => new()
    {
        Id = id,
        PartnerId = partnerId,
        AssociationId = associationId,
        RequestHash = requestHash,
        DiagnosisGroup = diagnosisGroup,
        DiagnosisCode = diagnosisCode,
        RegionCode = regionCode,
        Urgency = urgency,
        ProtectedDetails = protectedDetails,
        Status = ReferralStatus.Requested,
        RequestedAt = at,
        StatusChangedAt = at,
        History = [new ReferralTransition(ReferralStatus.Requested, by, at, null)],
    };

    public void Accept(string by, DateTimeOffset at) => MoveTo(ReferralStatus.Accepted, by, at, null);

    public void Reject(string by, DateTimeOffset at, string reason) => MoveTo(ReferralStatus.Rejected, by, at, reason);

    public void Start(string by, DateTimeOffset at) => MoveTo(ReferralStatus.InProgress, by, at, null);

    public void Complete(string by, DateTimeOffset at) => MoveTo(ReferralStatus.Completed, by, at, null);

    public void Cancel(string by, DateTimeOffset at, string? reason) => MoveTo(ReferralStatus.Cancelled, by, at, reason);

    private void MoveTo(ReferralStatus to, string by, DateTimeOffset at, string? reason)
    {
        if (!Allowed.TryGetValue(Status, out var next) || !next.Contains(to))
        {
            throw new ReferralConflictException($"A {Status} referral cannot become {to}.");
        }

        Status = to;
        StatusChangedAt = at;
        History = [.. History, new ReferralTransition(to, by, at, reason)];
    }
}
