namespace PatientNetwork.Partnerships.Referrals;

/// <summary>An audit row: a staff member read a referral's identifying details.</summary>
public sealed class ReferralRead(Guid referralId, string associationId, string staffLogin, DateTimeOffset at)
{
    public long Id { get; private set; }

    public Guid ReferralId { get; private set; } = referralId;

    public string AssociationId { get; private set; } = associationId;

    public string StaffLogin { get; private set; } = staffLogin;

    public DateTimeOffset At { get; private set; } = at;
}
