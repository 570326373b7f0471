namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>
/// The figures a transfusion service applies to whole-blood donors. <see cref="Defaults"/> apply where a centre recorded
/// none: age 18–65 and 50 kg from the WHO's "Blood donor selection" (2012, §4.1 and §4.4), 56 days between donations (an
/// assumption to confirm), 4 a year for men and 3 for women (the stricter of the figures found). docs/decisions/0028
/// compares them with the Moroccan figures and says why each was kept.
/// </summary>
public sealed record EligibilityRules(int Version, int MinAge, int MaxAge, int MinWeightKg, int MinDaysBetweenDonations, int MaxPerYearMen, int MaxPerYearWomen)
{
    public const string DefaultsSource = "docs/decisions/0028-blood-drive-eligibility-defaults.md";

    public static readonly EligibilityRules Defaults = new(0, 18, 65, 50, 56, 4, 3);

    public int MaxPerYear(DonorSex sex) => sex == DonorSex.Female ? MaxPerYearWomen : MaxPerYearMen;
}
