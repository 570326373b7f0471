namespace PatientNetwork.WebApp.Registry;

// The Registry's answers as the screens read them. Enumerations stay the API's kebab-case words
// ("female", "lost-to-follow-up"); the screens translate them.

public sealed record PatientSummary(Guid Id, string RegistryId, string FirstName, string LastName, int BirthYear, string Sex, string VitalStatus, string DiagnosisGroup, string RegionCode, string? BranchId);

public sealed record PatientRecord(
    Guid Id,
    string RegistryId,
    string AssociationId,
    string? BranchId,
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    int BirthYear,
    string Sex,
    string VitalStatus,
    DateOnly? DateOfDeath,
    string DiagnosisGroup,
    IReadOnlyList<DiagnosisEntry> Diagnoses,
    IReadOnlyList<GeneticFinding> GeneticFindings,
    string RegionCode,
    string? CityCode,
    string? FollowUpHospital,
    string? TreatingDoctor,
    string MobilityNeed,
    DateOnly? FirstSpecialisedVisitOn,
    int? AgeAtOnsetMonths,
    int? AgeAtDiagnosisMonths,
    Identifiers? Identifiers,
    IReadOnlyList<GuardianEntry> Guardians,
    IReadOnlyList<TreatmentEntry> Treatments,
    IReadOnlyDictionary<string, bool> Consents,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ErasedAt,
    Guid? MergedIntoId,
    Guid? FamilyId);

public sealed record DiagnosisEntry(string? OrphaCode, string? Icd10, string? IuisCategory, DateTimeOffset RecordedAt);

public sealed record GeneticFinding(string? Gene, string? Variant);

public sealed record Identifiers(string? Cin, string? Phone, string? Address);

public sealed record GuardianEntry(string Name, string Relation, string? Phone);

public sealed record TreatmentEntry(string? Kind, DateOnly? StartedOn, DateOnly? EndedOn, string? Outcome);

public sealed record ConsentEntry(string Purpose, bool Given, DateTimeOffset At, string RecordedBy, string Evidence);

public sealed record DuplicateCandidate(Guid Id, string RegistryId, int BirthYear, string? BranchId, IReadOnlyList<string> MatchedOn);

public sealed record AssociationInfo(string Id, string Name, IReadOnlyList<BranchInfo> Branches);

public sealed record BranchInfo(string Id, string Name, string RegionCode);

public sealed record BreakGlassGrant(Guid GrantId, Guid PatientId, DateTimeOffset ExpiresAt);

public sealed record AuditEntry(long Id, DateTimeOffset At, string StaffId, string StaffLogin, string Action, Guid? PatientId, IReadOnlyList<Guid>? ListedPatientIds, string? Reason);

public sealed record ImportOutcome(Guid ImportId, int Rows, bool AlreadyImported, DateTimeOffset ImportedAt);

public sealed record RetentionHoldEntry(string Source, bool Held, string Reason, DateTimeOffset DecidedAt);

/// <summary>A registration as the form sends it (the Registry's RegisterPatientRequest).</summary>
public sealed record Registration(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    int? BirthYear,
    string? Sex,
    string? DiagnosisGroup,
    IReadOnlyList<DiagnosisInput>? Diagnoses,
    string? RegionCode,
    string? CityCode,
    string? BranchId,
    string? FollowUpHospital,
    string? TreatingDoctor,
    string? Cin,
    string? Phone,
    string? Address,
    IReadOnlyList<GuardianInput>? Guardians,
    IReadOnlyList<ConsentInput>? Consents,
    bool? ConfirmedNotDuplicate,
    Guid? ReferralId = null);

public sealed record DiagnosisInput(string? OrphaCode, string? Icd10);

public sealed record GuardianInput(string? Name, string? Relation, string? Phone);

public sealed record ConsentInput(string? Purpose, string? Evidence);

// The corrections of a record after registration, as the Registry's change requests take them.

/// <summary>Where and by whom the patient is followed (<c>PUT /patients/{id}/care</c>): all six fields are replaced.</summary>
public sealed record CareChange(string? DiagnosisGroup, string? RegionCode, string? CityCode, string? FollowUpHospital, string? TreatingDoctor, string? MobilityNeed);

/// <summary><c>PUT /patients/{id}/vital-status</c>; a date of death only with <c>deceased</c>.</summary>
public sealed record VitalStatusChange(string? VitalStatus, DateOnly? DateOfDeath);

/// <summary><c>PUT /patients/{id}/date-of-birth</c>: the full date, or the birth year alone when the day is not known.</summary>
public sealed record DateOfBirthCorrection(DateOnly? DateOfBirth, int? BirthYear);

/// <summary><c>PUT /patients/{id}/guardians</c>: the whole list, which replaces the old one.</summary>
public sealed record GuardiansChange(IReadOnlyList<GuardianInput> Guardians);

/// <summary>The filters of the patient list.</summary>
public sealed record PatientFilter(string? Name, string? DiagnosisGroup, string? RegionCode, string? BranchId, string? VitalStatus, int Page, int PageSize);

/// <summary>A child a partner referred and a coordinator accepted, waiting to be registered (the Registry's <c>/referral-intakes</c>).</summary>
public sealed record ReferralIntakeSummary(
    Guid Id,
    string PartnerId,
    string RegionCode,
    string DiagnosisGroup,
    string DiagnosisCode,
    string AcceptedBy,
    DateTimeOffset AcceptedAt,
    string Status,
    string? ChildFirstName,
    string? ChildLastName,
    DateOnly? ChildBirthDate,
    Guid? PatientId,
    DateTimeOffset? ClosedAt);

public sealed record ReferralIntake(ReferralIntakeSummary Intake, string? FamilyPhone, string? FamilyEmail, string? ClosedBy, string? DismissalReason, Registration? Registration);
