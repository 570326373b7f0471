namespace PatientNetwork.Partnerships.Statistics;

public static class CountedPatientQueries
{
    /// <summary>Counted patients (consenting to statistics) by diagnosis group and region, the one grouping releases and association counts share.</summary>
    public static IQueryable<AssociationCount> CountsByCell(this IQueryable<CountedPatient> patients) =>
        patients
            .Where(p => p.IsCounted)
            .GroupBy(p => new { p.DiagnosisGroup, p.RegionCode })
            .OrderBy(g => g.Key.DiagnosisGroup).ThenBy(g => g.Key.RegionCode)
            .Select(g => new AssociationCount(g.Key.DiagnosisGroup, g.Key.RegionCode, g.Count()));
}
