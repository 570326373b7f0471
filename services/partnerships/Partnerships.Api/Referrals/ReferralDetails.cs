namespace PatientNetwork.Partnerships.Referrals;

/// <summary>What the referral says about the child, the family and the doctor: stored encrypted, never logged, never shown to the partner again.</summary>
public sealed record ReferralDetails(
    string ChildFirstName, string ChildLastName, DateOnly ChildBirthDate, string ChildSex,
    string FamilyPhone, string? FamilyEmail, string DoctorName, string DoctorContact)
{
    public const string Purpose = "referral-details";
}
