namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// A patient who consented to statistics shared with partners, reduced to what the counts need:
/// no name, no birth date, only the registry's opaque id so a withdrawal can remove it again.
/// </summary>
public sealed class CountedPatient(Guid patientId, string diagnosisGroup, string regionCode, DateTimeOffset countedAt)
{
    public Guid PatientId { get; private set; } = patientId;

    public string DiagnosisGroup { get; private set; } = diagnosisGroup;

    public string RegionCode { get; private set; } = regionCode;

    public DateTimeOffset CountedAt { get; private set; } = countedAt;
}
