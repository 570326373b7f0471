using System.Net;
using System.Net.Http.Json;
using MimeKit;
using Npgsql;
using PatientNetwork.AppHost.Model;
using PatientNetwork.AppHost.Smtp;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>
/// Renewal reminders e-mailed to the association (and, for Hajar, copied to the agreement's contacts) through the app
/// host's real SMTP server, read back as .eml files: one mail per agreement whoever sends and however often.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RenewalMailTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_agreement_ending_within_the_lead_time_is_mailed_once_to_the_association_and_its_contact_even_with_several_senders()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partnerName = $"Hôpital {Api.RandomName()}";
        using var created = await admin.PostAsJsonAsync("/api/partnerships/partners", new { name = partnerName, kind = "hospital", country = "MA" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var partner = Guid.Parse((await created.JsonAsync()).GetProperty("id").GetString()!);
        var contactEmail = $"renewal.{Guid.NewGuid():N}@example.org";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var endsOn = today.AddDays(10);
        var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read"], endsOn,
            [new { name = "Dr Salma Bennani", role = "Directrice médicale", email = contactEmail, phone = "+212600112233" }]);
        using var activated = await admin.PostAsync($"/api/partnerships/partners/{partner}/agreements/{agreement}/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);

        // The 60- and 14-day reminders are both recorded at once; beside the service's own mailer (every second in
        // tests), two of the test's run at the same moment, as replicas would.
        await RenewalJob.RunAsync(system, DateTimeOffset.UtcNow);
        await Task.WhenAll(RenewalJob.MailAsync(system, DateTimeOffset.UtcNow), RenewalJob.MailAsync(system, DateTimeOffset.UtcNow));

        var mail = Assert.Single(await Eventually.Until(() => Task.FromResult(MailsAbout(partnerName)), m => m.Count > 0, TimeSpan.FromSeconds(60),
            $"the renewal reminder of {partnerName}"));
        Assert.Equal([PatientNetworkModel.HajarRenewalMailbox], mail.To);
        Assert.Equal([contactEmail], mail.Cc);
        Assert.Equal("fr, en", mail.Language);
        Assert.StartsWith("Convention à renouveler : ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"avec {partnerName} prend fin le {endsOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-MA"))} (dans 10 jours)", mail.Body, StringComparison.Ordinal);
        Assert.Contains("(soins hospitaliers)", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"ends on {endsOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} (in 10 days)", mail.Body, StringComparison.Ordinal);
        // The link to the partner's page at the gateway, whichever host name the sender knows it by.
        Assert.Contains($":{system.GatewayUrl.Port}/partners/{partner}", mail.Body, StringComparison.Ordinal);
        // The contact is copied by address only: their name and phone stay in the service.
        Assert.DoesNotContain("Bennani", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("600112233", mail.Body, StringComparison.Ordinal);

        // Later passes, the job's and the mailers', find nothing more to send.
        await RenewalJob.RunAsync(system, DateTimeOffset.UtcNow);
        await RenewalJob.MailAsync(system, DateTimeOffset.UtcNow);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(MailsAbout(partnerName));
        var reminders = await RemindersAsync(agreement);
        Assert.Equal([(14, true, false), (60, false, true)], reminders);
        Assert.Equal(1, await ContactsMailedAuditsAsync(agreement));
    }

    private sealed record RenewalMail(IReadOnlyList<string> To, IReadOnlyList<string> Cc, string Subject, string Body, string? Language);

    /// <summary>Every mail the SMTP server stored whose subject names the partner.</summary>
    private List<RenewalMail> MailsAbout(string partnerName)
    {
        var folder = system.DataPath(SmtpResourceExtensions.MailFolder);
        var mails = new List<RenewalMail>();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            using var message = MimeMessage.Load(file);
            if ((message.Subject ?? "").Contains(partnerName, StringComparison.Ordinal))
            {
                mails.Add(new RenewalMail(message.To.Mailboxes.Select(m => m.Address).ToList(), message.Cc.Mailboxes.Select(m => m.Address).ToList(),
                    message.Subject!, message.TextBody ?? "", message.Body?.Headers[HeaderId.ContentLanguage]));
            }
        }

        return mails;
    }

    /// <summary>The agreement's reminders: lead time, whether sent, whether superseded.</summary>
    private async Task<List<(int, bool, bool)>> RemindersAsync(Guid agreement)
    {
        await using var db = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT lead_days, sent_at IS NOT NULL, superseded_at IS NOT NULL FROM agreement_renewal_reminders WHERE agreement_id = @agreement ORDER BY lead_days", db);
        query.Parameters.AddWithValue("agreement", agreement);
        var rows = new List<(int, bool, bool)>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetBoolean(1), reader.GetBoolean(2)));
        }

        return rows;
    }

    private async Task<long> ContactsMailedAuditsAsync(Guid agreement)
    {
        await using var db = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM agreement_accesses WHERE agreement_id = @agreement AND action = 'contacts-mailed'", db);
        query.Parameters.AddWithValue("agreement", agreement);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
