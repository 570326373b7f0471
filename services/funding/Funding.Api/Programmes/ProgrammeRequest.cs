namespace PatientNetwork.Funding.Programmes;

/// <summary>A programme's terms as created or changed (a change makes a new version). Amounts in centimes MAD.</summary>
public sealed record ProgrammeRequest(
    string? Name,
    int? RateBasisPoints,
    RateBasis? Basis,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    long? AnnualCapPerPatientCentimes,
    long? AnnualBudgetCentimes,
    string? Currency,
    List<EligibleMedicineInput>? EligibleMedicines,
    bool? IsDefault,
    long? AnnualCapPerFamilyCentimes = null)
{
    public ProgrammeDefinition ToDefinition() => new(
        Name!.Trim(),
        RateBasisPoints!.Value,
        Basis ?? RateBasis.RemainderAfterOtherPayer,
        ValidFrom!.Value,
        ValidTo,
        AnnualCapPerPatientCentimes,
        AnnualBudgetCentimes!.Value,
        (EligibleMedicines ?? []).Select(m => new EligibleMedicine { Name = m.Name!.Trim(), AtcCode = m.AtcCode?.Trim().ToUpperInvariant(), ReferenceUnitPriceCentimes = m.ReferenceUnitPriceCentimes }).ToList(),
        IsDefault ?? false,
        AnnualCapPerFamilyCentimes);
}

/// <summary>A medicine the programme pays for; an ATC code of any level covers the codes under it.</summary>
public sealed record EligibleMedicineInput(string? Name, string? AtcCode, long? ReferenceUnitPriceCentimes);
