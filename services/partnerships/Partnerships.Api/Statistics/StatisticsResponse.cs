using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// The published view of a release: every non-zero cell (a cell not listed is zero) and the
/// margins, hidden ones without their count. <see cref="GeneratedAt"/> is when the release was made.
/// The cells and totals at the top level are by diagnosis group and region; <see cref="AgeAndSex"/> counts the same
/// patients by age band and sex.
/// </summary>
public sealed record StatisticsResponse(
    int Version,
    DateTimeOffset GeneratedAt,
    int SuppressionThreshold,
    IReadOnlyList<StatisticsCell> Cells,
    IReadOnlyList<StatisticsTotal> DiagnosisGroups,
    IReadOnlyList<StatisticsTotal> Regions,
    StatisticsTotal Total,
    AgeAndSexStatistics AgeAndSex)
{
    public static StatisticsResponse Publish(StatisticsRelease release) => new(
        release.Version,
        release.ReleasedAt,
        release.SuppressionThreshold,
        release.Cells.Where(c => c.DiagnosisGroup is not null && c.RegionCode is not null)
            .OrderBy(c => c.DiagnosisGroup, StringComparer.Ordinal).ThenBy(c => c.RegionCode, StringComparer.Ordinal)
            .Select(StatisticsCell.Publish).ToList(),
        release.Cells.Where(c => c.DiagnosisGroup is not null && c.RegionCode is null)
            .OrderBy(c => c.DiagnosisGroup, StringComparer.Ordinal).Select(c => StatisticsTotal.Publish(c.DiagnosisGroup!, c)).ToList(),
        release.Cells.Where(c => c.DiagnosisGroup is null && c.RegionCode is not null)
            .OrderBy(c => c.RegionCode, StringComparer.Ordinal).Select(c => StatisticsTotal.Publish(c.RegionCode!, c)).ToList(),
        StatisticsTotal.Publish(StatisticsTotal.All, release.Cells.SingleOrDefault(c => c.DiagnosisGroup is null && c.RegionCode is null)),
        AgeAndSexStatistics.Publish(release.AgeSexCells));

    /// <summary>Before the first release: nothing counted yet.</summary>
    public static StatisticsResponse None(int threshold, DateTimeOffset now) =>
        new(0, now, threshold, [], [], [], StatisticsTotal.Nobody, AgeAndSexStatistics.Publish([]));
}
