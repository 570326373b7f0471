namespace PatientNetwork.Registry.ReferenceData;

/// <summary>
/// A coded diagnosis from the curated reference list. At least one of <see cref="OrphaCode"/> (canonical form
/// <c>ORPHA:521</c>) and <see cref="Icd10"/> (WHO ICD-10, for example <c>C92.1</c>) is set.
/// <see cref="IuisCategory"/> is the IUIS 2022 table name for inborn errors of immunity, or null when it does not
/// apply (leukemias, ICD-10 category fallbacks, entities spread over several tables).
/// </summary>
public sealed record Diagnosis(string? OrphaCode, string? Icd10, string Group, string? IuisCategory, Label Name);
