using System.Text.RegularExpressions;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Referrals;

/// <summary>An intake as a list shows it: the child's name while it waits, what became of it once closed.</summary>
public sealed record ReferralIntakeSummary(
    Guid Id,
    string PartnerId,
    string RegionCode,
    string DiagnosisGroup,
    string DiagnosisCode,
    string AcceptedBy,
    DateTimeOffset AcceptedAt,
    ReferralIntakeStatus Status,
    string? ChildFirstName,
    string? ChildLastName,
    DateOnly? ChildBirthDate,
    Guid? PatientId,
    DateTimeOffset? ClosedAt)
{
    public static ReferralIntakeSummary From(ReferralIntake i) => new(
        i.Id, i.PartnerId, i.RegionCode, i.DiagnosisGroup, i.DiagnosisCode, i.AcceptedBy, i.AcceptedAt, i.Status,
        i.ChildFirstName, i.ChildLastName, i.ChildBirthDate, i.PatientId, i.ClosedAt);
}

/// <summary>
/// One intake with the family's contacts and <see cref="Registration"/>: the registration form filled in from the
/// referral, to complete and send to <c>POST /patients</c> (it carries the <c>referralId</c> that closes the intake).
/// </summary>
public sealed partial record ReferralIntakeResponse(
    ReferralIntakeSummary Intake,
    string? FamilyPhone,
    string? FamilyEmail,
    string? ClosedBy,
    string? DismissalReason,
    RegisterPatientRequest? Registration)
{
    public static ReferralIntakeResponse From(ReferralIntake intake, PatientIdentityProtector protector)
    {
        var phone = protector.RevealPhone(intake.FamilyPhoneCiphertext);
        return new(
            ReferralIntakeSummary.From(intake),
            phone,
            protector.RevealEmail(intake.FamilyEmailCiphertext),
            intake.ClosedBy,
            intake.DismissalReason,
            intake.IsPending ? Prefill(intake, phone) : null);
    }

    private static RegisterPatientRequest Prefill(ReferralIntake intake, string? familyPhone)
    {
        var code = intake.DiagnosisCode.Trim();
        DiagnosisInput? diagnosis = OrphaCode().IsMatch(code) ? new(code, null) : Icd10Code().IsMatch(code) ? new(null, code) : null;
        return new RegisterPatientRequest(
            intake.ChildFirstName, intake.ChildLastName, intake.ChildBirthDate, null, SexOf(intake.ChildSex), null, null,
            intake.DiagnosisGroup, diagnosis is null ? [] : [diagnosis], [], intake.RegionCode, null, null, null, null, null, null, null, null,
            null, null, null,
            familyPhone is null ? [] : [new GuardianInput(null, null, familyPhone)],
            [], [], null, intake.Id);
    }

    private static Sex? SexOf(string? sex) => sex switch
    {
        "female" => Sex.Female,
        "male" => Sex.Male,
        "unknown" => Sex.Unknown,
        _ => null,
    };

    [GeneratedRegex(DiagnosisCodes.OrphaPattern)]
    private static partial Regex OrphaCode();

    [GeneratedRegex(DiagnosisCodes.Icd10Pattern)]
    private static partial Regex Icd10Code();
}
