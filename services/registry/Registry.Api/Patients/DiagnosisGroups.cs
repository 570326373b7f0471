namespace PatientNetwork.Registry.Patients;

/// <summary>
/// Coarse diagnosis groups used for routing and de-identified statistics. Coded diagnoses
/// (ORPHAcode, ICD-10) come with the registry's full data model.
/// </summary>
public static class DiagnosisGroups
{
    public const string PrimaryImmunodeficiency = "primary-immunodeficiency";
    public const string Leukemia = "leukemia";
    public const string OtherRareDisease = "other-rare-disease";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        PrimaryImmunodeficiency,
        Leukemia,
        OtherRareDisease,
    };
}
