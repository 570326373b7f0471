namespace PatientNetwork.Partnerships.Referrals;

/// <summary>FHIR Task's states as a referral uses them.</summary>
public enum ReferralStatus
{
    Requested,
    Accepted,
    Rejected,
    InProgress,
    Completed,
    Cancelled,
}
