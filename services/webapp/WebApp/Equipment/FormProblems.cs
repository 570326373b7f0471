using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Gateway;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Equipment;

/// <summary>Funding's refusal shown on an equipment form: field errors next to their fields, anything else (a 409's detail, a 403) above the form.</summary>
public static class FormProblems
{
    /// <summary><paramref name="formFields"/> maps the API's field names to the form's where two forms of a page share one (both have a "name").</summary>
    public static void Show(this FieldErrors errors, ApiProblem problem, IReadOnlyCollection<string> knownFields, IStringLocalizer<Texts> t,
        IReadOnlyDictionary<string, string>? formFields = null)
    {
        if (problem.IsForbidden)
        {
            errors.Add("", t["NotForYourRole"]);
            return;
        }

        foreach (var (field, messages) in problem.Errors)
        {
            var named = formFields is not null && formFields.TryGetValue(field, out var formField) ? formField : field;
            foreach (var message in messages)
            {
                errors.Add(knownFields.Contains(named, StringComparer.OrdinalIgnoreCase) ? named : "", message);
            }
        }
        if (!errors.Any)
        {
            errors.Add("", problem.Detail ?? problem.Title ?? t["SomethingWentWrong"].Value);
        }
    }

    /// <summary>The app's own check of a required field, in the user's language, before anything is sent.</summary>
    public static void Require(this FieldErrors errors, string field, string? text, IStringLocalizer<Texts> t)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, t["Required"]);
        }
    }
}
