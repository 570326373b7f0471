using System.Linq.Expressions;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// A patient's record as staff see it. <see cref="Identifiers"/> is null, guardians' phones are
/// null and the date of birth is reduced to the year for staff who may not see identifiers
/// (volunteers). So is <see cref="FamilyId"/>: shared by siblings (their guardians share a phone), it
/// is derived from a phone number and tells who is whose brother or sister.
/// </summary>
public sealed record PatientResponse(
    Guid Id,
    string RegistryId,
    string AssociationId,
    string? BranchId,
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    int BirthYear,
    Sex Sex,
    VitalStatus VitalStatus,
    DateOnly? DateOfDeath,
    string DiagnosisGroup,
    IReadOnlyList<DiagnosisResponse> Diagnoses,
    IReadOnlyList<GeneticFindingInput> GeneticFindings,
    string RegionCode,
    string? CityCode,
    string? FollowUpHospital,
    string? TreatingDoctor,
    MobilityNeed MobilityNeed,
    DateOnly? FirstSpecialisedVisitOn,
    int? AgeAtOnsetMonths,
    int? AgeAtDiagnosisMonths,
    IdentifiersResponse? Identifiers,
    IReadOnlyList<GuardianResponse> Guardians,
    IReadOnlyList<TreatmentInput> Treatments,
    IReadOnlyDictionary<string, bool> Consents,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ErasedAt,
    Guid? MergedIntoId,
    Guid? FamilyId)
{
    public static PatientResponse From(Patient p, bool revealIdentifiers, PatientIdentityProtector protector) => new(
        p.Id,
        p.RegistryId,
        p.AssociationId,
        p.BranchId,
        p.FirstName,
        p.LastName,
        revealIdentifiers ? p.DateOfBirth : null,
        p.BirthYear,
        p.Sex,
        p.VitalStatus,
        p.DateOfDeath,
        p.DiagnosisGroup,
        p.Diagnoses.OrderBy(d => d.RecordedAt).Select(d => new DiagnosisResponse(d.OrphaCode, d.Icd10, d.IuisCategory, d.RecordedAt)).ToList(),
        p.GeneticFindings.Select(g => new GeneticFindingInput(g.Gene, g.Variant)).ToList(),
        p.RegionCode,
        p.CityCode,
        p.FollowUpHospital,
        p.TreatingDoctor,
        p.MobilityNeed,
        p.FirstSpecialisedVisitOn,
        p.AgeAtOnsetMonths,
        p.AgeAtDiagnosisMonths,
        revealIdentifiers ? protector.Reveal(p) : null,
        p.Guardians.Select(g => new GuardianResponse(g.Name, g.Relation, revealIdentifiers ? protector.RevealPhone(g.PhoneCiphertext) : null)).ToList(),
        p.Treatments.OrderBy(t => t.StartedOn).Select(t => new TreatmentInput(t.Kind, t.StartedOn, t.EndedOn, t.Outcome)).ToList(),
        Contracts.ConsentPurposes.All.ToDictionary(purpose => purpose, p.HasConsent),
        p.RegisteredAt,
        p.ErasedAt,
        p.MergedIntoId,
        revealIdentifiers ? p.FamilyId : null);
}

public sealed record IdentifiersResponse(string? Cin, string? Phone, string? Address);

public sealed record GuardianResponse(string Name, GuardianRelation Relation, string? Phone);

public sealed record DiagnosisResponse(string? OrphaCode, string? Icd10, string? IuisCategory, DateTimeOffset RecordedAt);

/// <summary>A line of a patient list: enough to recognise the patient, no identifiers.</summary>
public sealed record PatientSummary(Guid Id, string RegistryId, string FirstName, string LastName, int BirthYear, Sex Sex, VitalStatus VitalStatus, string DiagnosisGroup, string RegionCode, string? BranchId)
{
    /// <summary>As an expression, so a list query reads only these columns.</summary>
    public static readonly Expression<Func<Patient, PatientSummary>> FromPatient =
        p => new PatientSummary(p.Id, p.RegistryId, p.FirstName, p.LastName, p.BirthYear, p.Sex, p.VitalStatus, p.DiagnosisGroup, p.RegionCode, p.BranchId);
}

public sealed record DuplicateCandidate(Guid Id, string RegistryId, int BirthYear, string? BranchId, IReadOnlyList<string> MatchedOn);
