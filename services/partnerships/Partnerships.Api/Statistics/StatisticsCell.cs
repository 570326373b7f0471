namespace PatientNetwork.Partnerships.Statistics;

/// <summary>Patients of one diagnosis group in one region; <see cref="Patients"/> is null when the count is suppressed.</summary>
public sealed record StatisticsCell(string DiagnosisGroup, string RegionCode, int? Patients, bool Suppressed)
{
    public static StatisticsCell Publish(string diagnosisGroup, string regionCode, int count, int suppressionThreshold) =>
        count < suppressionThreshold
            ? new StatisticsCell(diagnosisGroup, regionCode, null, true)
            : new StatisticsCell(diagnosisGroup, regionCode, count, false);
}
