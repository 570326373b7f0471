using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Gateway;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>What the partnership screens say about an API's refusal: its own text for a 403 or 409 (why it refused), the app's otherwise.</summary>
public static class PartnersText
{
    public static string Problem(ApiProblem problem, IStringLocalizer<Texts> t) =>
        problem.Detail ?? problem.Title
        ?? (problem.IsForbidden ? t["NotForYourRole"].Value : problem.IsNotFound ? t["Partners_NotFound"].Value : t["SomethingWentWrong"].Value);
}
