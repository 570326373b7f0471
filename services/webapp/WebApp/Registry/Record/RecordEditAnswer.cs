using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Gateway;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry.Record;

/// <summary>
/// What a refused correction shows on its form. The Registry's field errors go under their fields
/// (in English: the form's own checks, in the user's language, catch the common mistakes first);
/// a record that can no longer change, a 409, a 403 or a 404 become one sentence above the form.
/// </summary>
public static class RecordEditAnswer
{
    public static void Show(ApiProblem problem, FieldErrors errors, IReadOnlyCollection<string> fields, IStringLocalizer<Texts> t, ILogger logger, string correction)
    {
        // A merged or erased record answers a field error on "id", with the survivor's id in English.
        if (problem.Errors.ContainsKey("id"))
        {
            errors.Add("", t["RecordEdit_Closed"]);
        }
        else if (problem.Errors.Count > 0)
        {
            errors.AddFrom(problem, fields);
        }
        else if (problem.IsConflict)
        {
            errors.Add("", t["RecordEdit_Conflict"]);
        }
        else if (problem.IsNotFound)
        {
            errors.Add("", t["PatientNotFound"]);
        }
        else if (problem.IsForbidden)
        {
            errors.Add("", t["RecordEdit_Forbidden"]);
        }
        else
        {
            errors.Add("", t["SomethingWentWrong"]);
        }

        if (problem.Errors.Count == 0 && !problem.IsNotFound && !problem.IsConflict)
        {
            // Forms only offer corrections the role may make; a 403 or a 5xx is worth a look.
            RecordEditLog.Refused(logger, correction, (int)problem.Status);
        }
    }
}
