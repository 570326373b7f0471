namespace PatientNetwork.Registry.Patients;

/// <summary>A coded diagnosis: ORPHAcode and/or ICD-10, and for primary immunodeficiencies the IUIS category.</summary>
public sealed class PatientDiagnosis
{
    private PatientDiagnosis()
    {
    }

    public PatientDiagnosis(string? orphaCode, string? icd10, string? iuisCategory, DateTimeOffset recordedAt, string recordedBy)
    {
        OrphaCode = orphaCode;
        Icd10 = icd10;
        IuisCategory = iuisCategory;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }

    public string? OrphaCode { get; private set; }

    public string? Icd10 { get; private set; }

    public string? IuisCategory { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";
}
