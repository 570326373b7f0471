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

    /// <summary>Counted patients by birth year and sex, for the release's age bands (computed from the year once fetched).</summary>
    public static IQueryable<BirthYearAndSexCount> CountsByBirthYearAndSex(this IQueryable<CountedPatient> patients) =>
        patients
            .Where(p => p.IsCounted)
            .GroupBy(p => new { p.BirthYear, p.Sex })
            .Select(g => new BirthYearAndSexCount(g.Key.BirthYear, g.Key.Sex, g.Count()));
}

public sealed record BirthYearAndSexCount(int? BirthYear, string Sex, int Patients);
