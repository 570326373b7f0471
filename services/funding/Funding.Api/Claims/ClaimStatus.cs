namespace PatientNetwork.Funding.Claims;

/// <summary>Where a claim stands; travels as kebab-case words ("information-requested").</summary>
public enum ClaimStatus
{
    Draft,
    Submitted,
    InReview,
    InformationRequested,
    Approved,
    PartiallyApproved,
    Rejected,
    PayoutScheduled,
    Paid,
    Reversed,
}
