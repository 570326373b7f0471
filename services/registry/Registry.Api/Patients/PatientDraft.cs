namespace PatientNetwork.Registry.Patients;

/// <summary>A validated registration, identifiers already protected: what <see cref="Patient.Register"/> needs.</summary>
public sealed record PatientDraft(
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    int BirthYear,
    Sex Sex,
    VitalStatus VitalStatus,
    DateOnly? DateOfDeath,
    string DiagnosisGroup,
    string RegionCode,
    string? CityCode,
    string? FollowUpHospital,
    string? TreatingDoctor,
    MobilityNeed MobilityNeed,
    DateOnly? FirstSpecialisedVisitOn,
    int? AgeAtOnsetMonths,
    int? AgeAtDiagnosisMonths,
    ProtectedIdentity Identity,
    IReadOnlyList<Guardian> Guardians,
    IReadOnlyList<(string? OrphaCode, string? Icd10, string? IuisCategory)> Diagnoses,
    IReadOnlyList<GeneticFinding> GeneticFindings,
    IReadOnlyList<Treatment> Treatments,
    IReadOnlyList<(string Purpose, string Evidence)> Consents);
