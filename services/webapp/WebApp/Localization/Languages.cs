using System.Globalization;

namespace PatientNetwork.WebApp.Localization;

/// <summary>
/// Arabic, French and English, each with Morocco's formats (ar-MA: "2 دجنبر 2026", fr-MA: "2 décembre 2026",
/// dirhams as MAD). The choice is kept in a cookie and, once the gateway has it, on the staff account.
/// </summary>
public static class Languages
{
    public const string CookieName = "pn.language";

    public static readonly Language Arabic = new("ar", CultureInfo.GetCultureInfo("ar-MA"), RightToLeft: true, "العربية");
    public static readonly Language French = new("fr", CultureInfo.GetCultureInfo("fr-MA"), RightToLeft: false, "Français");
    public static readonly Language English = new("en", CultureInfo.GetCultureInfo("en-MA"), RightToLeft: false, "English");

    public static readonly IReadOnlyList<Language> All = [Arabic, French, English];

    public static Language Default => French;

    public static Language Current => Of(CultureInfo.CurrentUICulture);

    public static Language Of(CultureInfo culture) =>
        All.FirstOrDefault(l => l.Culture.Name == culture.Name)
        ?? All.FirstOrDefault(l => l.Code == culture.TwoLetterISOLanguageName)
        ?? Default;

    public static Language? FromCode(string? code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}
