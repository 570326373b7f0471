namespace PatientNetwork.Registry.Imports;

/// <summary>The columns of an import file, as associations keep them in spreadsheets today.</summary>
public static class CsvColumns
{
    public static readonly IReadOnlyList<string> All =
    [
        "first_name", "last_name", "date_of_birth", "birth_year", "sex", "vital_status", "date_of_death",
        "diagnosis_group", "orpha_code", "icd10", "region_code", "city_code", "branch_id",
        "follow_up_hospital", "treating_doctor", "mobility_need", "cin", "phone", "address",
        "guardian_name", "guardian_relation", "guardian_phone", "consent_statistics", "consent_evidence",
    ];

    public static readonly IReadOnlyList<string> Required = ["first_name", "last_name", "sex", "diagnosis_group", "region_code"];
}
