using Microsoft.Extensions.Localization;

namespace PatientNetwork.WebApp.Localization;

/// <summary>An API's kebab-case word ("lost-to-follow-up") in the user's language, or the word itself where the app has no translation yet.</summary>
public static class Words
{
    public static string Word(this IStringLocalizer<Texts> t, string prefix, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = t[prefix + value];
        return text.ResourceNotFound ? value : text.Value;
    }
}
