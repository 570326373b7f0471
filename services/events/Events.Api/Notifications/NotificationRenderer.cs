using System.Globalization;
using System.Text.RegularExpressions;

namespace PatientNetwork.Events.Notifications;

/// <summary>
/// Fills a notice's texts in the registrant's language: times in Africa/Casablanca (which moves to UTC+0 during
/// Ramadan) formatted the language's way, the place as venue and city or as the link of an online event. Values are
/// substituted in one pass, so a title that happens to contain "{code}" stays as typed.
/// </summary>
public static partial class NotificationRenderer
{
    public const string TimeZoneId = "Africa/Casablanca";

    private static readonly TimeZoneInfo Casablanca = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static RenderedNotice Render(NotificationKind kind, string language, NotificationFacts facts, string name, string code)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!NotificationTexts.All.TryGetValue((kind, language), out var text))
        {
            text = NotificationTexts.All[(kind, "fr")];
            language = "fr";
        }

        var culture = CultureOf(language);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = name,
            ["title"] = facts.Title,
            ["when"] = Format(facts.StartsAt, culture),
            ["place"] = PlaceOf(facts, language),
            ["code"] = code,
            ["expires"] = facts.OfferExpiresAt is { } expires ? Format(expires, culture) : "",
        };
        return new RenderedNotice(Fill(text.Subject, values), Fill(text.Body, values), Fill(text.Sms, values));
    }

    /// <summary>Placeholders a text uses, for the templates' tests.</summary>
    public static IEnumerable<string> PlaceholdersIn(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>A time as the registrant reads it: Casablanca's wall clock, in the language's long date format.</summary>
    public static string Format(DateTimeOffset time, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var local = TimeZoneInfo.ConvertTime(time, Casablanca);
        return local.ToString("dddd d MMMM yyyy, HH:mm", culture);
    }

    public static CultureInfo CultureOf(string language) => language switch
    {
        "ar" => CultureInfo.GetCultureInfo("ar-MA"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.GetCultureInfo("fr-MA"),
    };

    private static string PlaceOf(NotificationFacts facts, string language)
    {
        if (facts.Online)
        {
            return facts.OnlineUrl ?? language switch { "ar" => "عن بعد", "en" => "online", _ => "en ligne" };
        }

        var city = facts.City is null ? null : language switch { "ar" => facts.City.Ar, "en" => facts.City.En, _ => facts.City.Fr };
        var parts = new[] { facts.Venue, city }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(language == "ar" ? "، " : ", ", parts);
    }

    private static string Fill(string text, Dictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"Unknown placeholder {{{m.Groups[1].Value}}} in a notice text."));

    [GeneratedRegex(@"\{([a-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
