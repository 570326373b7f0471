using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry;

/// <summary>
/// The registration form's values and the checks the app makes before sending them, in the user's
/// language; they mirror the Registry's own rules (which answer in English) for the common mistakes.
/// </summary>
public sealed partial class RegistrationForm
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? DateOfBirth { get; set; }

    public string? BirthYear { get; set; }

    public string? Sex { get; set; }

    public string? DiagnosisGroup { get; set; }

    public string? OrphaCode { get; set; }

    public string? Icd10 { get; set; }

    public string? RegionCode { get; set; }

    public string? CityCode { get; set; }

    public string? BranchId { get; set; }

    public string? FollowUpHospital { get; set; }

    public string? TreatingDoctor { get; set; }

    public string? Cin { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? GuardianName { get; set; }

    public string? GuardianRelation { get; set; }

    public string? GuardianPhone { get; set; }

    public bool ConsentStatistics { get; set; }

    public bool ConsentMedicineFunding { get; set; }

    public string? ConsentEvidence { get; set; }

    /// <summary>The accepted partner referral this registration comes from; sending it closes the referral's intake.</summary>
    public Guid? ReferralId { get; private set; }

    /// <summary>Fills in what a partner's referral said about the child; the coordinator completes the rest.</summary>
    public void FillFromReferral(Guid referralId, Registration referral)
    {
        ReferralId = referralId;
        FirstName = referral.FirstName;
        LastName = referral.LastName;
        DateOfBirth = referral.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        BirthYear = referral.DateOfBirth?.Year.ToString(CultureInfo.InvariantCulture);
        Sex = referral.Sex;
        DiagnosisGroup = referral.DiagnosisGroup;
        var diagnosis = referral.Diagnoses is [var first, ..] ? first : null;
        OrphaCode = diagnosis?.OrphaCode;
        Icd10 = diagnosis?.Icd10;
        RegionCode = referral.RegionCode;
        GuardianPhone = referral.Guardians is [var guardian, ..] ? guardian.Phone : null;
    }

    public void Validate(FieldErrors errors, IStringLocalizer<Texts> t, DateOnly today)
    {
        errors.Clear();
        if (string.IsNullOrWhiteSpace(FirstName))
        {
            errors.Add("firstName", t["Required"]);
        }

        if (string.IsNullOrWhiteSpace(LastName))
        {
            errors.Add("lastName", t["Required"]);
        }

        var dateOfBirth = ParseDate(DateOfBirth);
        if (!string.IsNullOrWhiteSpace(DateOfBirth) && dateOfBirth is null)
        {
            errors.Add("dateOfBirth", t["DateInvalid"]);
        }
        else if (dateOfBirth > today)
        {
            errors.Add("dateOfBirth", t["DateOfBirthFuture"]);
        }

        var year = ParseYear(BirthYear);
        if (dateOfBirth is null && string.IsNullOrWhiteSpace(DateOfBirth) && year is null)
        {
            errors.Add("birthYear", t["BirthDateOrYear"]);
        }
        else if (!string.IsNullOrWhiteSpace(BirthYear) && (year is null || year < 1900 || year > today.Year))
        {
            errors.Add("birthYear", t["BirthYearRange", today.Year]);
        }
        else if (year is not null && dateOfBirth is not null && dateOfBirth.Value.Year != year)
        {
            errors.Add("birthYear", t["BirthYearDisagrees"]);
        }

        if (string.IsNullOrEmpty(Sex))
        {
            errors.Add("sex", t["ChooseOne"]);
        }

        if (string.IsNullOrEmpty(DiagnosisGroup))
        {
            errors.Add("diagnosisGroup", t["ChooseOne"]);
        }

        if (string.IsNullOrEmpty(RegionCode))
        {
            errors.Add("regionCode", t["ChooseOne"]);
        }

        if (!string.IsNullOrWhiteSpace(Cin) && !CinPattern().IsMatch(Cin.Trim().Replace(" ", "", StringComparison.Ordinal)))
        {
            errors.Add("cin", t["CinInvalid"]);
        }

        if (!string.IsNullOrWhiteSpace(Phone) && !IsPhone(Phone))
        {
            errors.Add("phone", t["PhoneInvalid"]);
        }

        if (!string.IsNullOrWhiteSpace(GuardianPhone) && !IsPhone(GuardianPhone))
        {
            errors.Add("guardians[0].phone", t["PhoneInvalid"]);
        }

        if ((!string.IsNullOrWhiteSpace(GuardianPhone) || !string.IsNullOrEmpty(GuardianRelation)) && string.IsNullOrWhiteSpace(GuardianName))
        {
            errors.Add("guardians[0].name", t["Required"]);
        }

        if (!string.IsNullOrWhiteSpace(GuardianName) && string.IsNullOrEmpty(GuardianRelation))
        {
            errors.Add("guardians[0].relation", t["ChooseOne"]);
        }

        if ((ConsentStatistics || ConsentMedicineFunding) && string.IsNullOrWhiteSpace(ConsentEvidence))
        {
            errors.Add("consentEvidence", t["ConsentEvidenceRequired"]);
        }
    }

    public Registration ToRegistration(bool confirmedNotDuplicate)
    {
        var consents = new List<ConsentInput>();
        if (ConsentStatistics)
        {
            consents.Add(new ConsentInput("statistics", ConsentEvidence!.Trim()));
        }

        if (ConsentMedicineFunding)
        {
            consents.Add(new ConsentInput("medicine-funding", ConsentEvidence!.Trim()));
        }

        var dateOfBirth = ParseDate(DateOfBirth);
        return new Registration(
            FirstName?.Trim(),
            LastName?.Trim(),
            dateOfBirth,
            ParseYear(BirthYear) ?? dateOfBirth?.Year,
            Sex,
            DiagnosisGroup,
            string.IsNullOrWhiteSpace(OrphaCode) && string.IsNullOrWhiteSpace(Icd10) ? null : [new DiagnosisInput(Blank(OrphaCode), Blank(Icd10))],
            RegionCode,
            Blank(CityCode),
            Blank(BranchId),
            Blank(FollowUpHospital),
            Blank(TreatingDoctor),
            Blank(Cin),
            Blank(Phone),
            Blank(Address),
            string.IsNullOrWhiteSpace(GuardianName) ? null : [new GuardianInput(GuardianName.Trim(), GuardianRelation, Blank(GuardianPhone))],
            consents,
            confirmedNotDuplicate ? true : null,
            ReferralId);
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A date as the date inputs give it (yyyy-MM-dd); also used by the record's corrections.</summary>
    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    internal static int? ParseYear(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    internal static bool IsPhone(string value) => PhonePattern().IsMatch(value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal));

    [GeneratedRegex("^[A-Za-z]{1,2}[0-9]{1,8}$")]
    private static partial Regex CinPattern();

    [GeneratedRegex(@"^(\+|00)?[0-9]{9,15}$")]
    private static partial Regex PhonePattern();
}
