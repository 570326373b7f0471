using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>A margin: the patients of one diagnosis group, region, age band or sex, or of all; null when suppressed.</summary>
public sealed record StatisticsTotal(string Code, int? Patients, bool Suppressed)
{
    public const string All = "all";

    public static readonly StatisticsTotal Nobody = new(All, 0, false);

    public static StatisticsTotal Publish(string code, IReleasedCell? cell) =>
        cell is null ? new(code, 0, false) : new(code, cell.Hidden ? null : cell.Count, cell.Hidden);
}
