using PatientNetwork.Partnerships.Agreements;

namespace PatientNetwork.UnitTests.Agreements;

public sealed class RenewalReminderMailTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly Uri Page = new("https://staff.hajar.example/partners/asid");

    private static RenewalMailFacts Facts(int daysLeft = 14, Uri? page = null) =>
        new("ASID — African Society", AgreementKind.TransfusionCentre, "Convention 2025-2026", Today.AddDays(daysLeft), Today, page ?? Page);

    [Fact]
    public void A_French_association_reads_French_then_English_with_the_partner_kind_end_date_and_link()
    {
        var mail = RenewalReminderMail.Render(Facts(), "fr");

        Assert.Equal("fr, en", mail.Languages);
        Assert.Equal("Convention à renouveler : ASID — African Society / Agreement to renew: ASID — African Society", mail.Subject);
        Assert.StartsWith("Bonjour,", mail.Body, StringComparison.Ordinal);
        Assert.Contains("La convention « Convention 2025-2026 » (centre de transfusion) avec ASID — African Society prend fin le 21 décembre 2026 (dans 14 jours).", mail.Body, StringComparison.Ordinal);
        Assert.Contains("The agreement “Convention 2025-2026” (transfusion centre) with ASID — African Society ends on 21 December 2026 (in 14 days).", mail.Body, StringComparison.Ordinal);
        Assert.True(mail.Body.IndexOf("Bonjour", StringComparison.Ordinal) < mail.Body.IndexOf("Hello", StringComparison.Ordinal));
        Assert.Equal(2, CountOf(mail.Body, Page.ToString()));
        Assert.DoesNotContain("مرحبا", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Arabic_association_reads_Arabic_first_then_French_and_English()
    {
        var mail = RenewalReminderMail.Render(Facts(), "ar");

        Assert.Equal("ar, fr, en", mail.Languages);
        Assert.Equal("اتفاقية للتجديد: ASID — African Society / Convention à renouveler : ASID — African Society", mail.Subject);
        Assert.StartsWith("مرحبا،", mail.Body, StringComparison.Ordinal);
        Assert.Contains("(مركز تحاقن الدم)", mail.Body, StringComparison.Ordinal);
        Assert.Contains("بعد 14 يوما", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Bonjour,", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Hello,", mail.Body, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(mail.Body, Page.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de")]
    public void An_association_of_no_known_language_reads_French_and_English(string? language) =>
        Assert.Equal("fr, en", RenewalReminderMail.Render(Facts(), language).Languages);

    [Fact]
    public void Without_the_web_app_s_address_the_mail_says_where_to_go_without_a_link()
    {
        var mail = RenewalReminderMail.Render(Facts() with { PartnerPage = null }, "ar");

        Assert.DoesNotContain("http", mail.Body, StringComparison.Ordinal);
        Assert.Contains("sur la page du partenaire dans PatientNetwork.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("on the partner's page in PatientNetwork.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("في صفحة الشريك على PatientNetwork.", mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "اليوم", "aujourd'hui", "today")]
    [InlineData(1, "غدا", "demain", "tomorrow")]
    [InlineData(2, "بعد يومين", "dans 2 jours", "in 2 days")]
    [InlineData(3, "بعد 3 أيام", "dans 3 jours", "in 3 days")]
    [InlineData(10, "بعد 10 أيام", "dans 10 jours", "in 10 days")]
    [InlineData(11, "بعد 11 يوما", "dans 11 jours", "in 11 days")]
    [InlineData(60, "بعد 60 يوما", "dans 60 jours", "in 60 days")]
    public void The_days_left_read_as_each_language_says_them(int days, string arabic, string french, string english)
    {
        Assert.Equal(arabic, RenewalReminderMail.DaysLeft("ar", days));
        Assert.Equal(french, RenewalReminderMail.DaysLeft("fr", days));
        Assert.Equal(english, RenewalReminderMail.DaysLeft("en", days));
    }

    [Fact]
    public void Every_kind_has_a_name_in_each_language_and_no_two_kinds_share_one()
    {
        foreach (var language in new[] { "ar", "fr", "en" })
        {
            var names = Enum.GetValues<AgreementKind>().Select(kind => RenewalReminderMail.KindName(language, kind)).ToList();
            Assert.DoesNotContain(names, name => Enum.TryParse<AgreementKind>(name, out _));
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [InlineData("https://staff.hajar.example", "https://staff.hajar.example/partners/asid")]
    [InlineData("https://staff.hajar.example/", "https://staff.hajar.example/partners/asid")]
    [InlineData("http://127.0.0.1:8080/app", "http://127.0.0.1:8080/app/partners/asid")]
    public void The_link_is_the_partner_s_page_under_the_web_app_s_address(string webAppUrl, string expected) =>
        Assert.Equal(expected, RenewalReminderMailer.PartnerPage(webAppUrl, "asid")?.ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    public void Without_a_usable_web_app_address_there_is_no_link(string? webAppUrl) =>
        Assert.Null(RenewalReminderMailer.PartnerPage(webAppUrl, "asid"));

    [Fact]
    public void A_failed_send_waits_twice_as_long_each_time_up_to_the_cap()
    {
        var minute = TimeSpan.FromMinutes(1);
        var hour = TimeSpan.FromHours(1);

        Assert.Equal(minute, RenewalReminder.Backoff(1, minute, hour));
        Assert.Equal(TimeSpan.FromMinutes(2), RenewalReminder.Backoff(2, minute, hour));
        Assert.Equal(TimeSpan.FromMinutes(32), RenewalReminder.Backoff(6, minute, hour));
        Assert.Equal(hour, RenewalReminder.Backoff(7, minute, hour));
        Assert.Equal(hour, RenewalReminder.Backoff(500, minute, hour));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
