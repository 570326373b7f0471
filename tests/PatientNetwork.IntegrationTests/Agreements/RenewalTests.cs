using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>The renewal job: reminders before an agreement ends, recorded once whoever runs it, and expiry after.</summary>
[Collection(SystemCollection.Name)]
public sealed class RenewalTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_agreement_ending_soon_gets_one_reminder_per_lead_time_even_when_the_job_runs_twice_at_once()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var amal = await system.SignInAsync("amal.admin");
        var partner = await admin.CreatePartnerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var soon = await admin.CreateActiveAgreementAsync(partner, ["statistics.read"], endsOn: today.AddDays(10));
        var later = await admin.CreateActiveAgreementAsync(partner, ["statistics.read"], endsOn: today.AddDays(40));
        var farOff = await admin.CreateActiveAgreementAsync(partner, ["statistics.read"], endsOn: today.AddDays(200));

        // Two passes of the test's own beside the service's, which runs every second in tests.
        await Task.WhenAll(RenewalJob.RunAsync(system, DateTimeOffset.UtcNow), RenewalJob.RunAsync(system, DateTimeOffset.UtcNow));
        await RenewalJob.RunAsync(system, DateTimeOffset.UtcNow);

        var reminders = await RemindersAsync(partner);
        Assert.Equal([(soon, 14), (soon, 60), (later, 60)], reminders);
        var listed = await coordinator.GetFromJsonAsync<JsonElement>("/api/partnerships/agreements/renewals?pageSize=100&sort=-endsOn");
        var mine = listed.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("partnerId").GetString() == partner.ToString()).ToList();
        Assert.Equal(3, mine.Count);
        Assert.DoesNotContain(mine, r => r.GetProperty("agreementId").GetGuid() == farOff);
        var amalRenewals = await amal.GetStringAsync("/api/partnerships/agreements/renewals?pageSize=100");
        Assert.DoesNotContain(partner.ToString(), amalRenewals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreement_past_its_end_expires_publishes_the_change_and_its_scopes_are_refused()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        await using var changed = await EventProbe.ListenAsync(system, "PartnerAgreementChanged");
        var partner = await admin.CreatePartnerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var agreement = await admin.CreateActiveAgreementAsync(partner, ["referrals.read"], endsOn: today);
        var credential = await admin.IssueCredentialAsync(partner, "referrals.read");
        using var client = system.AsPartner(await anonymous.TokenAsync(credential));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/public/v1/referrals")).StatusCode);

        // The job as it will run the day after tomorrow: the agreement ended yesterday by then.
        await RenewalJob.RunAsync(system, DateTimeOffset.UtcNow.AddDays(2));

        var expired = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/agreements/{agreement}");
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        // The activation's event came first; the expiry's is the one naming the new status.
        var message = await changed.WaitForAsync("\"expired\"", TimeSpan.FromSeconds(30));
        Assert.Contains(agreement.ToString(), message, StringComparison.Ordinal);
        await Eventually.Until(() => client.GetAsync("/public/v1/referrals"), r => r.StatusCode == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(10), "the expired agreement's scope to be refused");
        using var terminate = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/agreements/{agreement}/terminate", new { reason = "late" });
        Assert.Equal(HttpStatusCode.Conflict, terminate.StatusCode);
    }

    private async Task<List<(Guid, int)>> RemindersAsync(Guid partner)
    {
        await using var db = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT agreement_id, lead_days FROM agreement_renewal_reminders WHERE partner_id = @partner ORDER BY ends_on, lead_days", db);
        query.Parameters.AddWithValue("partner", partner.ToString());
        var rows = new List<(Guid, int)>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetInt32(1)));
        }

        return rows;
    }
}
