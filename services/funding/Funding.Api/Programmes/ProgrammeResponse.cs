namespace PatientNetwork.Funding.Programmes;

public sealed record ProgrammeResponse(
    Guid Id,
    Guid VersionId,
    int Version,
    string Name,
    int RateBasisPoints,
    decimal CoveragePercent,
    RateBasis Basis,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    long? AnnualCapPerPatientCentimes,
    long AnnualBudgetCentimes,
    string Currency,
    IReadOnlyList<EligibleMedicineInput> EligibleMedicines,
    bool IsDefault,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? SupersededAt,
    long? AnnualCapPerFamilyCentimes)
{
    public static ProgrammeResponse From(CoverageProgramme p) => new(
        p.ProgrammeId, p.Id, p.Version, p.Name, p.RateBasisPoints, p.RateBasisPoints / 100m, p.Basis, p.ValidFrom, p.ValidTo,
        p.AnnualCapPerPatientCentimes, p.AnnualBudgetCentimes, "MAD",
        p.EligibleMedicines.Select(m => new EligibleMedicineInput(m.Name, m.AtcCode, m.ReferenceUnitPriceCentimes)).ToList(),
        p.IsDefault, p.CreatedAt, p.CreatedBy, p.SupersededAt, p.AnnualCapPerFamilyCentimes);
}
