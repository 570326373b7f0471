namespace PatientNetwork.Registry.Referrals;

public sealed class ReferralIntakeClosedException(ReferralIntakeStatus status)
    : InvalidOperationException($"This referral was already closed ({status.ToString().ToLowerInvariant()}); only a pending referral can be registered, linked or dismissed.")
{
    public ReferralIntakeStatus Status { get; } = status;
}
