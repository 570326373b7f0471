using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Places;

namespace PatientNetwork.UnitTests.Events;

public sealed class NotificationTextsTests
{
    private static readonly NotificationFacts Facts = new(
        "Journée mondiale de la LMC", new DateTimeOffset(2026, 9, 22, 9, 0, 0, TimeSpan.Zero), "Complexe culturel",
        new CityName("casablanca", "الدار البيضاء", "Casablanca", "Casablanca"), null, Online: false,
        OfferExpiresAt: new DateTimeOffset(2026, 9, 20, 18, 30, 0, TimeSpan.Zero));

    public static TheoryData<NotificationKind, string> EveryNotice()
    {
        var data = new TheoryData<NotificationKind, string>();
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            foreach (var language in NotificationTexts.Languages)
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryNotice))]
    public void Every_notice_has_its_text_in_each_language_with_known_placeholders_only(NotificationKind kind, string language)
    {
        Assert.True(NotificationTexts.All.TryGetValue((kind, language), out var text), $"{kind} has no {language} text");

        foreach (var part in new[] { text!.Subject, text.Body, text.Sms })
        {
            Assert.All(NotificationRenderer.PlaceholdersIn(part), p => Assert.Contains(p, NotificationTexts.Placeholders));
        }
    }

    [Theory]
    [MemberData(nameof(EveryNotice))]
    public void Every_notice_renders_without_a_placeholder_left_and_names_the_event(NotificationKind kind, string language)
    {
        var notice = NotificationRenderer.Render(kind, language, Facts, "Fatima Zahra", "K7PQ2M");

        foreach (var part in new[] { notice.Subject, notice.Body, notice.Sms })
        {
            Assert.DoesNotContain("{", part, StringComparison.Ordinal);
            Assert.DoesNotContain("}", part, StringComparison.Ordinal);
        }

        Assert.Contains(Facts.Title, notice.Subject, StringComparison.Ordinal);
        Assert.Contains("Fatima Zahra", notice.Body, StringComparison.Ordinal);
        Assert.Contains("K7PQ2M", notice.Body, StringComparison.Ordinal);
        Assert.True(notice.Sms.Length <= 320, $"{kind}/{language} SMS is {notice.Sms.Length} characters");
    }

    [Theory]
    [MemberData(nameof(EveryNotice))]
    public void Arabic_notices_are_written_in_Arabic_script_and_the_others_are_not(NotificationKind kind, string language)
    {
        var text = NotificationTexts.All[(kind, language)];
        var arabicLetters = (text.Subject + text.Body + text.Sms).Count(c => c is >= '\u0600' and <= '\u06FF');

        if (language == "ar")
        {
            Assert.True(arabicLetters > 20, $"{kind} in Arabic has {arabicLetters} Arabic letters");
        }
        else
        {
            Assert.Equal(0, arabicLetters);
        }
    }

    [Fact]
    public void Each_language_has_its_own_words_not_a_copy_of_another()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var bodies = NotificationTexts.Languages.Select(l => NotificationTexts.All[(kind, l)].Body).ToList();
            Assert.Equal(bodies.Count, bodies.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void The_offer_names_its_expiry_and_the_place_is_the_venue_and_city_in_the_reader_s_language()
    {
        var arabic = NotificationRenderer.Render(NotificationKind.PlaceOffered, "ar", Facts, "Fatima", "K7PQ2M");
        var english = NotificationRenderer.Render(NotificationKind.PlaceOffered, "en", Facts, "Fatima", "K7PQ2M");

        Assert.Contains("الدار البيضاء", arabic.Body, StringComparison.Ordinal);
        Assert.Contains("Complexe culturel, Casablanca", english.Body, StringComparison.Ordinal);
        // 18:30 UTC on 20 September 2026 is 19:30 in Casablanca (UTC+1 outside Ramadan).
        Assert.Contains("19:30", english.Body, StringComparison.Ordinal);
        Assert.Contains("Sunday 20 September 2026", english.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_online_event_s_place_is_its_link()
    {
        var online = Facts with { City = null, Venue = null, Online = true, OnlineUrl = "https://meet.example.org/lmc" };

        var notice = NotificationRenderer.Render(NotificationKind.EventMovedOnline, "fr", online, "Karim", "K7PQ2M");

        Assert.Contains("https://meet.example.org/lmc", notice.Body, StringComparison.Ordinal);
        Assert.Contains("https://meet.example.org/lmc", notice.Sms, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_are_Casablanca_s_wall_clock_which_is_UTC_during_Ramadan()
    {
        var english = PatientNetwork.Events.Notifications.NotificationRenderer.CultureOf("en");

        // Ramadan 2026 (about 18 February to 19 March): Morocco sets its clocks to UTC+0.
        Assert.EndsWith("09:00", NotificationRenderer.Format(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), english), StringComparison.Ordinal);
        Assert.EndsWith("10:00", NotificationRenderer.Format(new DateTimeOffset(2026, 9, 22, 9, 0, 0, TimeSpan.Zero), english), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_looks_like_a_placeholder_is_kept_as_typed()
    {
        var notice = NotificationRenderer.Render(NotificationKind.RegistrationConfirmed, "en", Facts with { Title = "Bring {code} please" }, "Karim", "K7PQ2M");

        Assert.Contains("Bring {code} please", notice.Subject, StringComparison.Ordinal);
    }
}
