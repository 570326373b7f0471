using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// The published table by age band and sex: non-zero cells (a cell not listed is zero), the totals per age band and
/// per sex, and the grand total, which is that of the table by diagnosis group and region.
/// </summary>
public sealed record AgeAndSexStatistics(
    IReadOnlyList<AgeAndSexCell> Cells,
    IReadOnlyList<StatisticsTotal> AgeBands,
    IReadOnlyList<StatisticsTotal> Sexes,
    StatisticsTotal Total)
{
    public static AgeAndSexStatistics Publish(IReadOnlyList<ReleasedAgeSexCell> cells) => new(
        cells.Where(c => c.AgeBand is not null && c.Sex is not null)
            .OrderBy(c => c.AgeBand, StringComparer.Ordinal).ThenBy(c => c.Sex, StringComparer.Ordinal)
            .Select(c => new AgeAndSexCell(c.AgeBand!, c.Sex!, c.Hidden ? null : c.Count, c.Hidden)).ToList(),
        cells.Where(c => c.AgeBand is not null && c.Sex is null)
            .OrderBy(c => c.AgeBand, StringComparer.Ordinal).Select(c => StatisticsTotal.Publish(c.AgeBand!, c)).ToList(),
        cells.Where(c => c.AgeBand is null && c.Sex is not null)
            .OrderBy(c => c.Sex, StringComparer.Ordinal).Select(c => StatisticsTotal.Publish(c.Sex!, c)).ToList(),
        StatisticsTotal.Publish(StatisticsTotal.All, cells.SingleOrDefault(c => c.AgeBand is null && c.Sex is null)));
}

/// <summary>Patients of one age band (e.g. <c>05-09</c>, <c>20+</c>, <c>unknown</c>) and sex (female, male, unknown); null when suppressed.</summary>
public sealed record AgeAndSexCell(string AgeBand, string Sex, int? Patients, bool Suppressed);
