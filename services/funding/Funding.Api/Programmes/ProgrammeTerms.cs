namespace PatientNetwork.Funding.Programmes;

/// <summary>The part of a programme version the coverage arithmetic needs, free of storage concerns.</summary>
public sealed record ProgrammeTerms(
    int RateBasisPoints,
    RateBasis Basis,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    long? AnnualCapPerPatientCentimes,
    long AnnualBudgetCentimes,
    IReadOnlyList<EligibleMedicine> EligibleMedicines,
    long? AnnualCapPerFamilyCentimes = null)
{
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>The programme's entry for a medicine: null when the programme lists medicines and this is not one of them.</summary>
    public (bool Eligible, long? ReferenceUnitPrice) Find(string medicine, string? atcCode)
    {
        if (EligibleMedicines.Count == 0)
        {
            return (true, null);
        }

        var entry = EligibleMedicines.FirstOrDefault(m => m.Matches(medicine, atcCode));
        return entry is null ? (false, null) : (true, entry.ReferenceUnitPriceCentimes);
    }
}
