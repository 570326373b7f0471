using System.Security.Cryptography;
using System.Text.Json;
using PatientNetwork.Contracts;
using PatientNetwork.Registry.Search;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// A patient of one association (and maybe one of its branches), following the EU common data
/// elements for rare-disease registration, plus what the association needs to help the family.
/// </summary>
public sealed class Patient
{
    private const string PseudonymAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Patient()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The registry id shown to staff and partners: random, never derived from identity.</summary>
    public string RegistryId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>The names folded for fuzzy search (see <see cref="NameSearch"/>); trigram-indexed.</summary>
    public string SearchName { get; private set; } = "";

    public DateOnly? DateOfBirth { get; private set; }

    public int BirthYear { get; private set; }

    public Sex Sex { get; private set; }

    public VitalStatus VitalStatus { get; private set; }

    public DateOnly? DateOfDeath { get; private set; }

    public DateOnly? FirstSpecialisedVisitOn { get; private set; }

    public int? AgeAtOnsetMonths { get; private set; }

    public int? AgeAtDiagnosisMonths { get; private set; }

    public string DiagnosisGroup { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string? CityCode { get; private set; }

    public string? FollowUpHospital { get; private set; }

    public string? TreatingDoctor { get; private set; }

    public MobilityNeed MobilityNeed { get; private set; }

    public string? CinCiphertext { get; private set; }

    public string? CinIndex { get; private set; }

    public string? PhoneCiphertext { get; private set; }

    public string? PhoneIndex { get; private set; }

    public string? AddressCiphertext { get; private set; }

    public List<Guardian> Guardians { get; private set; } = [];

    /// <summary>Shared with the siblings: patients whose guardians share a phone (see <see cref="Families.PatientFamilies"/>, ADR 0031).</summary>
    public Guid FamilyId { get; private set; }

    public List<PatientDiagnosis> Diagnoses { get; private set; } = [];

    public List<GeneticFinding> GeneticFindings { get; private set; } = [];

    public List<Treatment> Treatments { get; private set; } = [];

    public List<ConsentRecord> Consents { get; private set; } = [];

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Set when this record turned out to be a duplicate: the record it was merged into.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>When the person's identity was erased at their request; the de-identified record stays.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public static Patient Register(PatientDraft draft, string associationId, string? branchId, Guid? siblingsFamilyId, string registeredBy, DateTimeOffset now)
    {
        var patient = new Patient
        {
            Id = Guid.CreateVersion7(now),
            RegistryId = "PN-" + RandomNumberGenerator.GetString(PseudonymAlphabet, 10),
            AssociationId = associationId,
            BranchId = branchId,
            FirstName = draft.FirstName,
            LastName = draft.LastName,
            SearchName = NameSearch.Fold(draft.FirstName, draft.LastName),
            DateOfBirth = draft.DateOfBirth,
            BirthYear = draft.BirthYear,
            Sex = draft.Sex,
            VitalStatus = draft.VitalStatus,
            DateOfDeath = draft.DateOfDeath,
            FirstSpecialisedVisitOn = draft.FirstSpecialisedVisitOn,
            AgeAtOnsetMonths = draft.AgeAtOnsetMonths,
            AgeAtDiagnosisMonths = draft.AgeAtDiagnosisMonths,
            DiagnosisGroup = draft.DiagnosisGroup,
            RegionCode = draft.RegionCode,
            CityCode = draft.CityCode,
            FollowUpHospital = draft.FollowUpHospital,
            TreatingDoctor = draft.TreatingDoctor,
            MobilityNeed = draft.MobilityNeed,
            CinCiphertext = draft.Identity.CinCiphertext,
            CinIndex = draft.Identity.CinIndex,
            PhoneCiphertext = draft.Identity.PhoneCiphertext,
            PhoneIndex = draft.Identity.PhoneIndex,
            AddressCiphertext = draft.Identity.AddressCiphertext,
            Guardians = [.. draft.Guardians],
            GeneticFindings = [.. draft.GeneticFindings],
            Treatments = [.. draft.Treatments],
            FamilyId = siblingsFamilyId ?? Guid.CreateVersion7(now),
            RegisteredAt = now,
            RegisteredBy = registeredBy,
            UpdatedAt = now,
        };
        patient.Diagnoses.AddRange(draft.Diagnoses.Select(d => new PatientDiagnosis(d.OrphaCode, d.Icd10, d.IuisCategory, now, registeredBy)));
        patient.Consents.AddRange(draft.Consents.Select(c => new ConsentRecord(c.Purpose, given: true, now, registeredBy, c.Evidence)));
        return patient;
    }

    /// <summary>The current decision for a purpose: the latest record wins; no record means no consent.</summary>
    public bool HasConsent(string purpose) =>
        Consents.Where(c => c.Purpose == purpose).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).FirstOrDefault()?.Given ?? false;

    /// <summary>Records a decision and returns the event to publish, or null when it changes nothing.</summary>
    public IIntegrationEvent? RecordConsent(string purpose, bool given, string evidence, string recordedBy, DateTimeOffset now)
    {
        if (HasConsent(purpose) == given)
        {
            return null;
        }

        Consents.Add(new ConsentRecord(purpose, given, now, recordedBy, evidence));
        UpdatedAt = now;
        return given
            ? new ConsentGiven(Guid.CreateVersion7(now), now, Id, AssociationId, purpose, DiagnosisGroup, RegionCode)
            : new ConsentWithdrawn(Guid.CreateVersion7(now), now, Id, AssociationId, purpose);
    }

    /// <summary>Re-encrypts identifiers written under an older key (key rotation); returns whether anything changed.</summary>
    public bool RewrapIdentifiers(Func<string, string> cin, Func<string, string> phone, Func<string, string> address)
    {
        var before = (CinCiphertext, PhoneCiphertext, AddressCiphertext, Guardians.Select(g => g.PhoneCiphertext).ToList());
        CinCiphertext = CinCiphertext is null ? null : cin(CinCiphertext);
        PhoneCiphertext = PhoneCiphertext is null ? null : phone(PhoneCiphertext);
        AddressCiphertext = AddressCiphertext is null ? null : address(AddressCiphertext);
        foreach (var guardian in Guardians)
        {
            guardian.RewrapPhone(phone);
        }

        return before.CinCiphertext != CinCiphertext || before.PhoneCiphertext != PhoneCiphertext || before.AddressCiphertext != AddressCiphertext
            || !before.Item4.SequenceEqual(Guardians.Select(g => g.PhoneCiphertext));
    }

    /// <summary>
    /// Takes in a duplicate record of the same person: its coded diagnoses, genetic findings,
    /// treatments, guardians and consent history are added to this record, identifiers this record
    /// lacks are taken over, and the duplicate keeps pointing here so nothing of its history is lost.
    /// </summary>
    public IReadOnlyList<IIntegrationEvent> Absorb(Patient duplicate, DateTimeOffset now)
    {
        var consentBefore = ConsentPurposes.All.ToDictionary(purpose => purpose, HasConsent);
        Diagnoses.AddRange(duplicate.Diagnoses.Select(d => new PatientDiagnosis(d.OrphaCode, d.Icd10, d.IuisCategory, d.RecordedAt, d.RecordedBy)));
        GeneticFindings.AddRange(duplicate.GeneticFindings
            .Where(g => !GeneticFindings.Any(mine => mine.Gene == g.Gene && mine.Variant == g.Variant))
            .Select(g => new GeneticFinding(g.Gene, g.Variant)));
        Treatments.AddRange(duplicate.Treatments.Select(t => new Treatment(t.Kind, t.StartedOn, t.EndedOn, t.Outcome)));
        Guardians.AddRange(duplicate.Guardians
            .Where(g => g.PhoneIndex is null || !Guardians.Any(mine => mine.PhoneIndex == g.PhoneIndex))
            .Select(g => new Guardian(g.Name, g.Relation, g.PhoneCiphertext, g.PhoneIndex)));
        Consents.AddRange(duplicate.Consents.Select(c => new ConsentRecord(c.Purpose, c.Given, c.At, c.RecordedBy, $"{c.Evidence} (from merged record {duplicate.RegistryId})")));
        CinCiphertext ??= duplicate.CinCiphertext;
        CinIndex ??= duplicate.CinIndex;
        PhoneCiphertext ??= duplicate.PhoneCiphertext;
        PhoneIndex ??= duplicate.PhoneIndex;
        AddressCiphertext ??= duplicate.AddressCiphertext;
        if (DateOfBirth is null && duplicate.DateOfBirth is { } dateOfBirth)
        {
            DateOfBirth = dateOfBirth;
            BirthYear = dateOfBirth.Year;
        }

        UpdatedAt = now;
        duplicate.MergedIntoId = Id;
        duplicate.UpdatedAt = now;

        // The duplicate's history may hold a later decision than ours; other services must hear of it.
        var events = new List<IIntegrationEvent> { new PatientsMerged(Guid.CreateVersion7(now), now, Id, duplicate.Id, AssociationId) };
        foreach (var purpose in ConsentPurposes.All.Where(purpose => HasConsent(purpose) != consentBefore[purpose]))
        {
            events.Add(HasConsent(purpose)
                ? new ConsentGiven(Guid.CreateVersion7(now), now, Id, AssociationId, purpose, DiagnosisGroup, RegionCode)
                : new ConsentWithdrawn(Guid.CreateVersion7(now), now, Id, AssociationId, purpose));
        }

        return events;
    }

    /// <summary>Why this record can no longer be changed, or null while it can: merged and erased records are history.</summary>
    public string? ClosedReason => MergedIntoId is { } survivor
        ? $"This record was merged into {survivor}; change that record instead."
        : ErasedAt is not null ? "This record's identity was erased; it can no longer be changed." : null;

    /// <summary>
    /// Removes what identifies the person and keeps what statistics and follow-up of the
    /// association's work need: diagnosis group and codes, region, treatments, consent history.
    /// </summary>
    public void EraseIdentity(DateTimeOffset now)
    {
        FirstName = "";
        LastName = "";
        SearchName = "";
        DateOfBirth = null;
        CityCode = null;
        FollowUpHospital = null;
        TreatingDoctor = null;
        CinCiphertext = null;
        CinIndex = null;
        PhoneCiphertext = null;
        PhoneIndex = null;
        AddressCiphertext = null;
        Guardians.Clear();
        GeneticFindings.Clear();
        foreach (var consent in Consents)
        {
            consent.EraseEvidence();
        }

        ErasedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Records a change of vital status; a death is announced on its own so services can close what is open.</summary>
    public IReadOnlyList<IIntegrationEvent> ChangeVitalStatus(VitalStatus status, DateOnly? dateOfDeath, DateTimeOffset now)
    {
        if (status == VitalStatus && dateOfDeath == DateOfDeath)
        {
            return [];
        }

        var newlyDeceased = status == VitalStatus.Deceased && VitalStatus != VitalStatus.Deceased;
        VitalStatus = status;
        DateOfDeath = status == VitalStatus.Deceased ? dateOfDeath : null;
        UpdatedAt = now;
        return newlyDeceased
            ? [Updated(now), new PatientDeceased(Guid.CreateVersion7(now), now, Id, AssociationId, DateOfDeath)]
            : [Updated(now)];
    }

    public DiagnosisRecorded RecordDiagnosis(string? orphaCode, string? icd10, string? iuisCategory, string recordedBy, DateTimeOffset now)
    {
        Diagnoses.Add(new PatientDiagnosis(orphaCode, icd10, iuisCategory, now, recordedBy));
        UpdatedAt = now;
        return new DiagnosisRecorded(Guid.CreateVersion7(now), now, Id, AssociationId, DiagnosisGroup, orphaCode, icd10);
    }

    /// <summary>Replaces where and by whom the patient is followed; returns the event when something other services use changed.</summary>
    public PatientUpdated? UpdateCare(string diagnosisGroup, string regionCode, string? cityCode, string? followUpHospital, string? treatingDoctor, MobilityNeed mobilityNeed, DateTimeOffset now)
    {
        var shared = diagnosisGroup != DiagnosisGroup || regionCode != RegionCode || mobilityNeed != MobilityNeed;
        DiagnosisGroup = diagnosisGroup;
        RegionCode = regionCode;
        CityCode = cityCode;
        FollowUpHospital = followUpHospital;
        TreatingDoctor = treatingDoctor;
        MobilityNeed = mobilityNeed;
        UpdatedAt = now;
        return shared ? Updated(now) : null;
    }

    /// <summary>
    /// Corrects the date of birth (or the birth year alone, when the day is not known); returns the
    /// event, which Funding's age checks follow, or null when nothing changed.
    /// </summary>
    public PatientUpdated? CorrectDateOfBirth(DateOnly? dateOfBirth, int birthYear, DateTimeOffset now)
    {
        if (dateOfBirth == DateOfBirth && birthYear == BirthYear)
        {
            return null;
        }

        DateOfBirth = dateOfBirth;
        BirthYear = dateOfBirth?.Year ?? birthYear;
        UpdatedAt = now;
        return Updated(now);
    }

    /// <summary>Replaces the guardians and moves the patient to the family their phones make it part of.</summary>
    public PatientUpdated ReplaceGuardians(IReadOnlyList<Guardian> guardians, Guid familyId, DateTimeOffset now)
    {
        Guardians.Clear();
        Guardians.AddRange(guardians);
        FamilyId = familyId;
        UpdatedAt = now;
        return Updated(now);
    }

    private PatientUpdated Updated(DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, Id, AssociationId, BranchId, DiagnosisGroup, RegionCode, JsonNamingPolicy.KebabCaseLower.ConvertName(VitalStatus.ToString()), MobilityNeedCode,
            DateOfBirth, BirthYear, FamilyId);

    public PatientRegistered ToRegisteredEvent(DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, Id, AssociationId, BranchId, DiagnosisGroup, RegionCode, HasConsent(ConsentPurposes.Statistics), HasConsent(ConsentPurposes.MedicineFunding), MobilityNeedCode,
            DateOfBirth, BirthYear, JsonNamingPolicy.KebabCaseLower.ConvertName(Sex.ToString()), FamilyId);

    /// <summary>The need as the events spell it (and the API writes it): none, walking-aid, wheelchair, bedridden.</summary>
    private string MobilityNeedCode => JsonNamingPolicy.KebabCaseLower.ConvertName(MobilityNeed.ToString());
}
