using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>Patients of one diagnosis group in one region; <see cref="Patients"/> is null when the count is suppressed.</summary>
public sealed record StatisticsCell(string DiagnosisGroup, string RegionCode, int? Patients, bool Suppressed)
{
    public static StatisticsCell Publish(ReleasedCell cell) =>
        new(cell.DiagnosisGroup!, cell.RegionCode!, cell.Hidden ? null : cell.Count, cell.Hidden);
}
