namespace PatientNetwork.Partnerships.Referrals;

/// <summary>A referral asked to move where its state does not allow; answered 409.</summary>
public sealed class ReferralConflictException(string message) : Exception(message);
