namespace PatientNetwork.Registry.Referrals;

public enum ReferralIntakeStatus
{
    /// <summary>Accepted in Partnerships, waiting for a coordinator to register the child.</summary>
    Pending,

    /// <summary>Registered as a new patient from the referral's details.</summary>
    Registered,

    /// <summary>The child was already in the Registry; the referral points at that record.</summary>
    Linked,

    /// <summary>Closed without a record (the family could not be reached, declined…), with a reason.</summary>
    Dismissed,
}
