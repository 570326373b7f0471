namespace PatientNetwork.Partnerships.Statistics;

public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>Counts below this are published as suppressed: a count of 1 or 2 in a region can identify a child.</summary>
    public int SuppressionThreshold { get; set; } = 5;
}
