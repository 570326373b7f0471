namespace PatientNetwork.Registry.Patients;

/// <summary>
/// A registration as a client sends it. Everything is nullable so that a missing field becomes a
/// field error rather than a binding failure. Either a full date of birth or the birth year.
/// <see cref="ReferralId"/> names the accepted partner referral the registration comes from, which it closes.
/// </summary>
public sealed record RegisterPatientRequest(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    int? BirthYear,
    Sex? Sex,
    VitalStatus? VitalStatus,
    DateOnly? DateOfDeath,
    string? DiagnosisGroup,
    IReadOnlyList<DiagnosisInput>? Diagnoses,
    IReadOnlyList<GeneticFindingInput>? GeneticFindings,
    string? RegionCode,
    string? CityCode,
    string? BranchId,
    string? FollowUpHospital,
    string? TreatingDoctor,
    MobilityNeed? MobilityNeed,
    DateOnly? FirstSpecialisedVisitOn,
    int? AgeAtOnsetMonths,
    int? AgeAtDiagnosisMonths,
    string? Cin,
    string? Phone,
    string? Address,
    IReadOnlyList<GuardianInput>? Guardians,
    IReadOnlyList<TreatmentInput>? Treatments,
    IReadOnlyList<ConsentInput>? Consents,
    bool? ConfirmedNotDuplicate,
    Guid? ReferralId = null);

public sealed record DiagnosisInput(string? OrphaCode, string? Icd10);

public sealed record GeneticFindingInput(string? Gene, string? Variant);

public sealed record GuardianInput(string? Name, GuardianRelation? Relation, string? Phone);

public sealed record TreatmentInput(TreatmentKind? Kind, DateOnly? StartedOn, DateOnly? EndedOn, string? Outcome);

public sealed record ConsentInput(string? Purpose, string? Evidence);
