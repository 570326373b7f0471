namespace PatientNetwork.Partnerships.Referrals;

/// <summary>FHIR's request priority: routine, urgent, asap.</summary>
public enum ReferralUrgency
{
    Routine,
    Urgent,
    Asap,
}
