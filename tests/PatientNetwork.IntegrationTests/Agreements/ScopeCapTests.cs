using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>
/// A partner's scopes follow its agreements in force: at credential creation, when a token is issued, and on every
/// call made with a token issued before an agreement ended.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ScopeCapTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_credential_with_scopes_no_agreement_in_force_shares_is_refused_naming_them()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        await admin.CreateActiveAgreementAsync(partner, ["statistics.read"]);
        await admin.CreateAgreementAsync(partner, ["referrals.write"]);

        using var response = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/credentials", new
        {
            label = "Referrals", scopes = new[] { "statistics.read", "referrals.write", "webhooks.manage" }, expiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("scopes")[0].GetString()!;
        Assert.Contains("referrals.write", message, StringComparison.Ordinal);
        Assert.Contains("webhooks.manage", message, StringComparison.Ordinal);
        Assert.DoesNotContain("statistics.read", message, StringComparison.Ordinal);
        var credentials = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/credentials");
        Assert.Equal(0, credentials.GetArrayLength());
    }

    [Fact]
    public async Task A_token_gets_only_the_scopes_of_its_credential_that_an_agreement_in_force_still_shares()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        await admin.CreateActiveAgreementAsync(partner, ["statistics.read"]);
        var referrals = await admin.CreateActiveAgreementAsync(partner, ["referrals.read"]);
        var credential = await admin.IssueCredentialAsync(partner, "statistics.read", "referrals.read");

        await TerminateAsync(admin, partner, referrals);

        using var token = await anonymous.RequestTokenAsync(credential);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("statistics.read", (await token.JsonAsync()).GetProperty("scope").GetString());
        using var client = system.AsPartner(await anonymous.TokenAsync(credential));
        var me = await client.GetFromJsonAsync<JsonElement>("/public/v1/partner");
        Assert.Equal(new[] { "statistics.read" }, me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/public/v1/referrals")).StatusCode);

        using var onlyDropped = await anonymous.RequestTokenAsync(credential, "referrals.read");
        Assert.Equal(HttpStatusCode.BadRequest, onlyDropped.StatusCode);
        Assert.Equal("invalid_scope", (await onlyDropped.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_token_issued_before_its_agreement_was_terminated_is_refused_that_scope_within_seconds_and_keeps_the_others()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        await admin.CreateActiveAgreementAsync(partner, ["referrals.read"]);
        var webhooks = await admin.CreateActiveAgreementAsync(partner, ["webhooks.manage"]);
        var credential = await admin.IssueCredentialAsync(partner, "referrals.read", "webhooks.manage");
        using var client = system.AsPartner(await anonymous.TokenAsync(credential));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/public/v1/webhooks")).StatusCode);

        await TerminateAsync(admin, partner, webhooks);

        // The gate reads the partner's agreements at most a couple of seconds late (Agreements:ScopeCapCacheDuration).
        var refused = await Eventually.Until(() => client.GetAsync("/public/v1/webhooks"), r => r.StatusCode == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(10), "the terminated agreement's scope to be refused");
        var problem = await refused.JsonAsync();
        Assert.Contains("webhooks.manage", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/public/v1/referrals")).StatusCode);
        var calls = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/calls?pageSize=100");
        Assert.Contains(calls.GetProperty("items").EnumerateArray(), c => c.GetProperty("status").GetInt32() == 403 && c.GetProperty("path").GetString() == "/public/v1/webhooks");
    }

    internal static async Task TerminateAsync(HttpClient admin, Guid partner, Guid agreement)
    {
        using var terminated = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/agreements/{agreement}/terminate", new { reason = "Ended by the partner" });
        Assert.Equal(HttpStatusCode.OK, terminated.StatusCode);
    }
}
