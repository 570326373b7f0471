namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>A booking refused on eligibility: a 409 problem with <c>eligibleFrom</c> (see <see cref="BloodDriveProblemHandler"/>).</summary>
public sealed class NotEligibleException(EligibilityVerdict verdict) : InvalidOperationException(verdict?.Reason)
{
    public EligibilityVerdict Verdict { get; } = verdict!;
}
