using System.Globalization;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>What a renewal reminder says: nothing about people, only the agreement and where to act on it.</summary>
/// <param name="PartnerName">The partner organisation's name.</param>
/// <param name="Kind">The agreement's kind.</param>
/// <param name="Title">The agreement's title, as staff typed it.</param>
/// <param name="EndsOn">The agreement's last day.</param>
/// <param name="Today">The day the mail goes out (UTC date, as the renewal job judges it).</param>
/// <param name="PartnerPage">The partner's page in the staff web app, or null when the web app's address is not configured.</param>
public sealed record RenewalMailFacts(string PartnerName, AgreementKind Kind, string Title, DateOnly EndsOn, DateOnly Today, Uri? PartnerPage);

/// <summary>A rendered reminder: its subject, its plain-text body and the languages it is written in (Content-Language).</summary>
public sealed record RenewalMailText(string Subject, string Body, string Languages);

/// <summary>
/// The renewal reminder's one template, in the association's language first and then French and English, so whoever
/// of the staff reads it understands it (Arabic only for an association working in Arabic). Values are inserted as
/// typed; the days left read "today", "tomorrow" or "in n days" with Arabic's number agreement.
/// </summary>
public static class RenewalReminderMail
{
    private const string Separator = "\n\n————————\n\n";

    /// <summary>The languages of the mail, in order, for an association whose language is <paramref name="associationLanguage"/>.</summary>
    public static IReadOnlyList<string> LanguagesFor(string? associationLanguage) => associationLanguage?.Trim() switch
    {
        var language when string.Equals(language, "ar", StringComparison.OrdinalIgnoreCase) => ["ar", "fr", "en"],
        var language when string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) => ["en", "fr"],
        _ => ["fr", "en"],
    };

    public static RenewalMailText Render(RenewalMailFacts facts, string? associationLanguage)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var languages = LanguagesFor(associationLanguage);
        var subject = string.Join(" / ", languages.Take(2).Select(language => Subject(language, facts)));
        var body = string.Join(Separator, languages.Select(language => Body(language, facts)));
        return new RenewalMailText(subject, body, string.Join(", ", languages));
    }

    private static string Subject(string language, RenewalMailFacts facts) => language switch
    {
        "ar" => $"اتفاقية للتجديد: {facts.PartnerName}",
        "en" => $"Agreement to renew: {facts.PartnerName}",
        _ => $"Convention à renouveler : {facts.PartnerName}",
    };

    private static string Body(string language, RenewalMailFacts facts)
    {
        var date = facts.EndsOn.ToString("d MMMM yyyy", CultureOf(language));
        var days = DaysLeft(language, facts.EndsOn.DayNumber - facts.Today.DayNumber);
        var kind = KindName(language, facts.Kind);
        return language switch
        {
            "ar" => $"مرحبا،\n\nتنتهي الاتفاقية «{facts.Title}» ({kind}) مع {facts.PartnerName} بتاريخ {date} ({days}).\n"
                + (facts.PartnerPage is { } arPage ? $"لتجديدها، حرروا اتفاقية جديدة في صفحة الشريك: {arPage}\n" : "لتجديدها، حرروا اتفاقية جديدة في صفحة الشريك على PatientNetwork.\n")
                + "إذا لم تجدد، ستنتهي تلقائيا في هذا التاريخ وتغلق معها صلاحيات الشريك التي تفتحها.\n\nرسالة آلية من PatientNetwork.",
            "en" => $"Hello,\n\nThe agreement “{facts.Title}” ({kind}) with {facts.PartnerName} ends on {date} ({days}).\n"
                + (facts.PartnerPage is { } enPage ? $"To renew it, draft a new agreement on the partner's page: {enPage}\n" : "To renew it, draft a new agreement on the partner's page in PatientNetwork.\n")
                + "If nothing is done, it expires on that date and the partner's access it opens closes with it.\n\nAn automatic message from PatientNetwork.",
            _ => $"Bonjour,\n\nLa convention « {facts.Title} » ({kind}) avec {facts.PartnerName} prend fin le {date} ({days}).\n"
                + (facts.PartnerPage is { } frPage ? $"Pour la renouveler, rédigez une nouvelle convention sur la page du partenaire : {frPage}\n" : "Pour la renouveler, rédigez une nouvelle convention sur la page du partenaire dans PatientNetwork.\n")
                + "Sans suite, elle expirera d'elle-même à cette date et les accès du partenaire qu'elle ouvre seront fermés.\n\nMessage automatique de PatientNetwork.",
        };
    }

    /// <summary>The days left before the end as a phrase: Arabic agrees the noun with the number (2, 3–10, 11 and more).</summary>
    public static string DaysLeft(string language, int days) => (language, days) switch
    {
        ("ar", <= 0) => "اليوم",
        ("ar", 1) => "غدا",
        ("ar", 2) => "بعد يومين",
        ("ar", <= 10) => $"بعد {days} أيام",
        ("ar", _) => $"بعد {days} يوما",
        ("en", <= 0) => "today",
        ("en", 1) => "tomorrow",
        ("en", _) => $"in {days} days",
        (_, <= 0) => "aujourd'hui",
        (_, 1) => "demain",
        _ => $"dans {days} jours",
    };

    /// <summary>The kind's name as the staff web app shows it.</summary>
    public static string KindName(string language, AgreementKind kind) => (language, kind) switch
    {
        ("ar", AgreementKind.HospitalCare) => "رعاية استشفائية",
        ("ar", AgreementKind.MedicalSociety) => "جمعية طبية",
        ("ar", AgreementKind.PatientOrganisation) => "جمعية مرضى",
        ("ar", AgreementKind.TransfusionCentre) => "مركز تحاقن الدم",
        ("ar", AgreementKind.CompanySponsor) => "شركة راعية",
        ("en", AgreementKind.HospitalCare) => "hospital care",
        ("en", AgreementKind.MedicalSociety) => "medical society",
        ("en", AgreementKind.PatientOrganisation) => "patient organisation",
        ("en", AgreementKind.TransfusionCentre) => "transfusion centre",
        ("en", AgreementKind.CompanySponsor) => "company sponsor",
        (_, AgreementKind.HospitalCare) => "soins hospitaliers",
        (_, AgreementKind.MedicalSociety) => "société savante",
        (_, AgreementKind.PatientOrganisation) => "association de patients",
        (_, AgreementKind.TransfusionCentre) => "centre de transfusion",
        (_, AgreementKind.CompanySponsor) => "entreprise mécène",
        _ => kind.ToString(),
    };

    private static CultureInfo CultureOf(string language) => language switch
    {
        "ar" => CultureInfo.GetCultureInfo("ar-MA"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.GetCultureInfo("fr-MA"),
    };
}
