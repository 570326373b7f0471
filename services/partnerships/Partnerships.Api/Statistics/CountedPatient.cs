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

    /// <summary>Whose patient this is, for the association's own unsuppressed counts; never published.</summary>
    public string AssociationId { get; private set; } = "";

    public string DiagnosisGroup { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>female, male or unknown (an undetermined sex is too rare to count apart without pointing at a child).</summary>
    public string Sex { get; private set; } = AgeAndSex.UnknownSex;

    /// <summary>The year of birth only, enough for a five-year age band; null when the registry did not know it.</summary>
    public int? BirthYear { get; private set; }

    public bool IsCounted { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>When the diagnosis group and region were last set, ordered separately from consent decisions.</summary>
    public DateTimeOffset PlacedAt { get; private set; }

    public static CountedPatient Decide(Guid patientId, string associationId, string diagnosisGroup, string regionCode, bool counted, DateTimeOffset decidedAt) => new()
    {
        PatientId = patientId,
        AssociationId = associationId,
        DiagnosisGroup = diagnosisGroup,
        RegionCode = regionCode,
        IsCounted = counted,
        DecidedAt = decidedAt,
        PlacedAt = diagnosisGroup.Length > 0 ? decidedAt : DateTimeOffset.MinValue,
    };

    /// <summary>A placement that arrived before any consent decision: not counted until one arrives.</summary>
    public static CountedPatient PlacedBeforeDecision(Guid patientId, string associationId, string diagnosisGroup, string regionCode, DateTimeOffset placedAt) => new()
    {
        PatientId = patientId,
        AssociationId = associationId,
        DiagnosisGroup = diagnosisGroup,
        RegionCode = regionCode,
        IsCounted = false,
        DecidedAt = DateTimeOffset.MinValue,
        PlacedAt = placedAt,
    };

    /// <summary>Applies a decision unless a later one is already known; the placement it carries is ordered on its own.</summary>
    public void Apply(bool counted, DateTimeOffset decidedAt, string? diagnosisGroup = null, string? regionCode = null)
    {
        if (diagnosisGroup is not null && regionCode is not null)
        {
            Place(diagnosisGroup, regionCode, decidedAt);
        }

        if (decidedAt < DecidedAt)
        {
            return;
        }

        IsCounted = counted;
        DecidedAt = decidedAt;
    }

    /// <summary>Rows written before associations were kept learn theirs from the next message about the patient.</summary>
    public void BelongsTo(string associationId)
    {
        if (AssociationId.Length == 0)
        {
            AssociationId = associationId;
        }
    }

    /// <summary>
    /// What the statistics by age band and sex need, from the registration. A birth year already known came from an
    /// update that overtook the registration on its own queue: it is the newer one and stays.
    /// </summary>
    public void Describe(string? sex, int? birthYear)
    {
        Sex = AgeAndSex.SexGroup(sex);
        BirthYear ??= birthYear;
    }

    /// <summary>A corrected birth year from the registry (an update without one changes nothing).</summary>
    public void CorrectBirthYear(int? birthYear)
    {
        BirthYear = birthYear ?? BirthYear;
    }

    /// <summary>Moves the patient to another cell (new region, corrected diagnosis group) unless a later move is known.</summary>
    public void Place(string diagnosisGroup, string regionCode, DateTimeOffset placedAt)
    {
        if (placedAt < PlacedAt)
        {
            return;
        }

        DiagnosisGroup = diagnosisGroup;
        RegionCode = regionCode;
        PlacedAt = placedAt;
    }
}
