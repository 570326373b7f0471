namespace PatientNetwork.Partnerships.Referrals;

/// <summary>One step of a referral's history: to which state, by whom, when and why.</summary>
public sealed record ReferralTransition(ReferralStatus To, string By, DateTimeOffset At, string? Reason);
