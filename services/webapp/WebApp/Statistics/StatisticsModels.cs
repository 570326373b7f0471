namespace PatientNetwork.WebApp.Statistics;

public sealed record AssociationCount(string DiagnosisGroup, string RegionCode, int Patients);

public sealed record PublishedCell(string DiagnosisGroup, string RegionCode, int? Patients, bool Suppressed);

public sealed record PublishedTotal(string Code, int? Patients, bool Suppressed);

public sealed record PublishedRelease(
    int Version,
    DateTimeOffset GeneratedAt,
    int SuppressionThreshold,
    List<PublishedCell> Cells,
    List<PublishedTotal> DiagnosisGroups,
    List<PublishedTotal> Regions,
    PublishedTotal Total,
    PublishedAgeAndSex AgeAndSex);

public sealed record PublishedAgeAndSexCell(string AgeBand, string Sex, int? Patients, bool Suppressed);

public sealed record PublishedAgeAndSex(List<PublishedAgeAndSexCell> Cells, List<PublishedTotal> AgeBands, List<PublishedTotal> Sexes, PublishedTotal Total);
