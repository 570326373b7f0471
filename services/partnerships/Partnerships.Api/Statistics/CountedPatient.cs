namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// Whether one patient is counted in the statistics shared with partners, reduced to what the
/// counts need: no name, no birth date, only the registry's opaque id. The latest consent decision
/// wins (by when it was made, not when its message arrived), so events overtaking each other on
/// different queues cannot count a patient who withdrew.
/// </summary>
public sealed class CountedPatient
{
    private CountedPatient()
    {
    }

    public Guid PatientId { get; private set; }

    public string DiagnosisGroup { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public bool IsCounted { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public static CountedPatient Decide(Guid patientId, string diagnosisGroup, string regionCode, bool counted, DateTimeOffset decidedAt) => new()
    {
        PatientId = patientId,
        DiagnosisGroup = diagnosisGroup,
        RegionCode = regionCode,
        IsCounted = counted,
        DecidedAt = decidedAt,
    };

    /// <summary>Applies a decision unless a later one is already known.</summary>
    public void Apply(bool counted, DateTimeOffset decidedAt, string? diagnosisGroup = null, string? regionCode = null)
    {
        if (decidedAt < DecidedAt)
        {
            return;
        }

        IsCounted = counted;
        DecidedAt = decidedAt;
        DiagnosisGroup = diagnosisGroup ?? DiagnosisGroup;
        RegionCode = regionCode ?? RegionCode;
    }
}
