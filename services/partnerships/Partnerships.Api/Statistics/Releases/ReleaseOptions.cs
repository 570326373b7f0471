namespace PatientNetwork.Partnerships.Statistics.Releases;

public sealed class ReleaseOptions
{
    public const string Section = "Statistics:Releases";

    /// <summary>
    /// How often the counts are looked at for a new release; a release is made only if they changed.
    /// Rare releases give a watcher fewer differences to work with: an hour by default, seconds in
    /// local runs and tests (the app host sets it).
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
