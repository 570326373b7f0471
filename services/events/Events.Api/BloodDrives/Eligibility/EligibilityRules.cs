namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>
/// The figures a transfusion service applies to whole-blood donors. <see cref="Defaults"/> follow the WHO's
/// "Blood donor selection: guidelines on assessing donor suitability for blood donation" (2012) and the practice the
/// Centre National de Transfusion Sanguine (CNTS, Morocco) publishes for donors; docs/blood-drives.md gives the
/// sources and says which figures are assumptions to confirm with the centre.
/// </summary>
public sealed record EligibilityRules(int Version, int MinAge, int MaxAge, int MinWeightKg, int MinDaysBetweenDonations, int MaxPerYearMen, int MaxPerYearWomen)
{
    public static readonly EligibilityRules Defaults = new(0, 18, 65, 50, 56, 4, 3);

    public int MaxPerYear(DonorSex sex) => sex == DonorSex.Female ? MaxPerYearWomen : MaxPerYearMen;
}
