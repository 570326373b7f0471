namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>
/// Eligible, or why not and from when the donor may give again (<see cref="EligibleFrom"/> null when never on these
/// rules: a permanent deferral, over the age limit, under the weight declared).
/// </summary>
public sealed record EligibilityVerdict(bool Eligible, string? Reason, DateOnly? EligibleFrom)
{
    public static readonly EligibilityVerdict Yes = new(true, null, null);
}
