using System.Globalization;
using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry.Record;

/// <summary>
/// The corrected date of birth, or the birth year alone; checked as registration checks it and
/// against what the record says happened since (a death, the first specialised visit).
/// </summary>
public sealed class DateOfBirthForm
{
    public static readonly IReadOnlyList<string> Fields = ["dateOfBirth", "birthYear"];

    public string? DateOfBirth { get; set; }

    public string? BirthYear { get; set; }

    public static DateOfBirthForm From(PatientRecord patient) => new()
    {
        DateOfBirth = patient.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BirthYear = patient.DateOfBirth is null ? patient.BirthYear.ToString(CultureInfo.InvariantCulture) : null,
    };

    public void Validate(FieldErrors errors, IStringLocalizer<Texts> t, DateOnly today, PatientRecord patient)
    {
        errors.Clear();
        var date = RegistrationForm.ParseDate(DateOfBirth);
        var year = RegistrationForm.ParseYear(BirthYear);
        if (!string.IsNullOrWhiteSpace(DateOfBirth) && date is null)
        {
            errors.Add("dateOfBirth", t["DateInvalid"]);
        }
        else if (date > today)
        {
            errors.Add("dateOfBirth", t["DateOfBirthFuture"]);
        }
        else if (date < new DateOnly(1900, 1, 1))
        {
            errors.Add("dateOfBirth", t["RecordEdit_BirthBefore1900"]);
        }

        if (string.IsNullOrWhiteSpace(DateOfBirth) && year is null && string.IsNullOrWhiteSpace(BirthYear))
        {
            errors.Add("birthYear", t["BirthDateOrYear"]);
        }
        else if (!string.IsNullOrWhiteSpace(BirthYear) && (year is null || year < 1900 || year > today.Year))
        {
            errors.Add("birthYear", t["BirthYearRange", today.Year]);
        }
        else if (year is not null && date is not null && date.Value.Year != year)
        {
            errors.Add("birthYear", t["BirthYearDisagrees"]);
        }

        if (errors.Any)
        {
            return;
        }

        // The earliest day the correction allows, as the Registry compares it.
        var bornOnOrAfter = date ?? new DateOnly(year!.Value, 1, 1);
        if (patient.DateOfDeath < bornOnOrAfter)
        {
            errors.Add("dateOfBirth", t["RecordEdit_BirthAfterDeath"]);
        }
        else if (patient.FirstSpecialisedVisitOn < bornOnOrAfter)
        {
            errors.Add("dateOfBirth", t["RecordEdit_BirthAfterFirstVisit"]);
        }
    }

    public DateOfBirthCorrection ToCorrection()
    {
        var date = RegistrationForm.ParseDate(DateOfBirth);
        return new DateOfBirthCorrection(date, RegistrationForm.ParseYear(BirthYear) ?? date?.Year);
    }
}
