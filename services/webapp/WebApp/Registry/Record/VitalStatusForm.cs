using System.Globalization;
using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry.Record;

/// <summary>The vital status and, for a death, its date when known; the checks mirror the Registry's.</summary>
public sealed class VitalStatusForm
{
    public const string Deceased = "deceased";

    public static readonly IReadOnlyList<string> Statuses = ["alive", Deceased, "lost-to-follow-up"];

    public static readonly IReadOnlyList<string> Fields = ["vitalStatus", "dateOfDeath"];

    public string? VitalStatus { get; set; }

    public string? DateOfDeath { get; set; }

    public bool IsDeceased => VitalStatus == Deceased;

    public static VitalStatusForm From(PatientRecord patient) => new()
    {
        VitalStatus = patient.VitalStatus,
        DateOfDeath = patient.DateOfDeath?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public void Validate(FieldErrors errors, IStringLocalizer<Texts> t, DateOnly today, DateOnly? dateOfBirth)
    {
        errors.Clear();
        if (string.IsNullOrEmpty(VitalStatus))
        {
            errors.Add("vitalStatus", t["ChooseOne"]);
        }

        if (!IsDeceased || string.IsNullOrWhiteSpace(DateOfDeath))
        {
            return;
        }

        var date = RegistrationForm.ParseDate(DateOfDeath);
        if (date is null)
        {
            errors.Add("dateOfDeath", t["DateInvalid"]);
        }
        else if (date > today)
        {
            errors.Add("dateOfDeath", t["RecordEdit_DeathFuture"]);
        }
        else if (date < dateOfBirth)
        {
            errors.Add("dateOfDeath", t["RecordEdit_DeathBeforeBirth"]);
        }
    }

    /// <summary>Any status other than deceased clears the date of death, so none is sent with it.</summary>
    public VitalStatusChange ToChange() => new(VitalStatus, IsDeceased ? RegistrationForm.ParseDate(DateOfDeath) : null);
}
