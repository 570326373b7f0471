namespace PatientNetwork.Funding.Programmes;

/// <summary>
/// One version of an association's coverage programme ("Médicaments DIP 80 %"). A change makes a
/// new version and closes the previous one (<see cref="SupersededAt"/>); a version is never edited,
/// so a claim decided under version 2 still reads version 2's terms. All versions of a programme
/// share <see cref="ProgrammeId"/> and its restricted fund.
/// </summary>
public sealed class CoverageProgramme
{
    private CoverageProgramme()
    {
    }

    /// <summary>This version's own id.</summary>
    public Guid Id { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public int Version { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int RateBasisPoints { get; private set; }

    public RateBasis Basis { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public long? AnnualCapPerPatientCentimes { get; private set; }

    /// <summary>At most this much covered per calendar year for all the siblings of one family together (optional; ADR 0031).</summary>
    public long? AnnualCapPerFamilyCentimes { get; private set; }

    public long AnnualBudgetCentimes { get; private set; }

    public List<EligibleMedicine> EligibleMedicines { get; private set; } = [];

    /// <summary>New patients' coverage accounts belong to the association's default programme.</summary>
    public bool IsDefault { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    public ProgrammeTerms Terms => new(RateBasisPoints, Basis, ValidFrom, ValidTo, AnnualCapPerPatientCentimes, AnnualBudgetCentimes, EligibleMedicines, AnnualCapPerFamilyCentimes);

    public static CoverageProgramme Create(string associationId, ProgrammeDefinition definition, string createdBy, DateTimeOffset now) =>
        FromDefinition(Guid.CreateVersion7(now), 1, associationId, definition, createdBy, now);

    /// <summary>Closes this version and returns the next one with the new terms.</summary>
    public CoverageProgramme Supersede(ProgrammeDefinition definition, string changedBy, DateTimeOffset now)
    {
        if (!IsCurrent)
        {
            throw new Infrastructure.FundingConflictException("This programme version was already changed.", $"Version {Version} was superseded at {SupersededAt:O}; change the current version.");
        }

        SupersededAt = now;
        return FromDefinition(ProgrammeId, Version + 1, AssociationId, definition, changedBy, now);
    }

    private static CoverageProgramme FromDefinition(Guid programmeId, int version, string associationId, ProgrammeDefinition d, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeId = programmeId,
        Version = version,
        AssociationId = associationId,
        Name = d.Name,
        RateBasisPoints = d.RateBasisPoints,
        Basis = d.Basis,
        ValidFrom = d.ValidFrom,
        ValidTo = d.ValidTo,
        AnnualCapPerPatientCentimes = d.AnnualCapPerPatientCentimes,
        AnnualCapPerFamilyCentimes = d.AnnualCapPerFamilyCentimes,
        AnnualBudgetCentimes = d.AnnualBudgetCentimes,
        EligibleMedicines = d.EligibleMedicines.Select(m => new EligibleMedicine { Name = m.Name, AtcCode = m.AtcCode, ReferenceUnitPriceCentimes = m.ReferenceUnitPriceCentimes }).ToList(),
        IsDefault = d.IsDefault,
        CreatedAt = now,
        CreatedBy = by,
    };
}

/// <summary>What a version of a programme says, as created or changed.</summary>
public sealed record ProgrammeDefinition(
    string Name,
    int RateBasisPoints,
    RateBasis Basis,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    long? AnnualCapPerPatientCentimes,
    long AnnualBudgetCentimes,
    IReadOnlyList<EligibleMedicine> EligibleMedicines,
    bool IsDefault,
    long? AnnualCapPerFamilyCentimes = null);
