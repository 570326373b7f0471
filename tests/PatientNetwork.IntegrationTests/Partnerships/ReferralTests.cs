using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>
/// Referrals through the gateway: a partner sends them with <c>referrals.write</c> and follows them with
/// <c>referrals.read</c>; the association's coordinators move them along FHIR Task's states, and only those.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralTests(PatientNetworkFixture system)
{
    private async Task<HttpClient> PartnerAsync(HttpClient admin, params string[] scopes)
    {
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partner, scopes);
        return system.AsPartner(await anonymous.TokenAsync(credential));
    }

    [Fact]
    public async Task A_partner_without_the_referral_scopes_is_refused_with_403()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var calendarOnly = await PartnerAsync(admin, "calendar.read");

        using var sent = await calendarOnly.PostAsJsonAsync("/public/v1/referrals", PartnerReferrals.NewReferral());
        Assert.Equal(HttpStatusCode.Forbidden, sent.StatusCode);
        using var listed = await calendarOnly.GetAsync("/public/v1/referrals");
        Assert.Equal(HttpStatusCode.Forbidden, listed.StatusCode);
        using var anonymous = system.Anonymous();
        using var noToken = await anonymous.PostAsJsonAsync("/public/v1/referrals", PartnerReferrals.NewReferral());
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
    }

    [Fact]
    public async Task A_referral_sent_twice_is_one_referral_and_another_body_under_its_id_is_a_conflict()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var partner = await PartnerAsync(admin, "referrals.write", "referrals.read");
        var body = PartnerReferrals.NewReferral();

        using var first = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var again = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await again.JsonAsync()).GetProperty("id").GetGuid());

        body["urgency"] = "routine";
        using var changed = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);

        var mine = await partner.GetFromJsonAsync<System.Text.Json.JsonElement>("/public/v1/referrals");
        Assert.Equal(1, mine.GetProperty("totalCount").GetInt32());
        var text = mine.ToString();
        Assert.DoesNotContain(((dynamic)body["child"]!).lastName, text);
    }

    [Fact]
    public async Task A_referral_follows_the_allowed_transitions_and_the_partner_sees_each_status_of_its_own_only()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var amal = await system.SignInAsync("amal.admin");
        using var partner = await PartnerAsync(admin, "referrals.write", "referrals.read");
        using var otherPartner = await PartnerAsync(admin, "referrals.read");
        var body = PartnerReferrals.NewReferral();
        var id = (Guid)body["id"]!;
        using (var sent = await partner.PostAsJsonAsync("/public/v1/referrals", body))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.GetAsync($"/public/v1/referrals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"/api/partnerships/referrals/{id}")).StatusCode);
        var seen = await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/partnerships/referrals/{id}");
        Assert.Equal(((dynamic)body["child"]!).lastName, seen.GetProperty("details").GetProperty("childLastName").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/partnerships/referrals/{id}/complete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/partnerships/referrals/{id}/accept", null)).StatusCode);
        Assert.Equal("accepted", (await partner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/public/v1/referrals/{id}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/partnerships/referrals/{id}/reject", new { reason = "too late" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/partnerships/referrals/{id}/start", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await partner.PostAsync($"/public/v1/referrals/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/partnerships/referrals/{id}/complete", null)).StatusCode);

        var done = await partner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/public/v1/referrals/{id}");
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(new[] { "requested", "accepted", "in-progress", "completed" }, done.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("status").GetString()!).ToArray());
        Assert.DoesNotContain("hajar.coordinator", done.ToString());

        var second = PartnerReferrals.NewReferral();
        var secondId = (Guid)second["id"]!;
        (await partner.PostAsJsonAsync("/public/v1/referrals", second)).Dispose();
        using (var noReason = await coordinator.PostAsJsonAsync($"/api/partnerships/referrals/{secondId}/reject", new { reason = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/partnerships/referrals/{secondId}/reject", new { reason = "Outside our diagnosis groups" })).StatusCode);
        var rejected = await partner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/public/v1/referrals/{secondId}");
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("Outside our diagnosis groups", rejected.GetProperty("history")[1].GetProperty("reason").GetString());

        var third = PartnerReferrals.NewReferral();
        var thirdId = (Guid)third["id"]!;
        (await partner.PostAsJsonAsync("/public/v1/referrals", third)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync($"/public/v1/referrals/{thirdId}/cancel", new { reason = "family moved" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/partnerships/referrals/{thirdId}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task A_referral_without_the_family_s_consent_or_the_child_is_refused_with_field_errors()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var partner = await PartnerAsync(admin, "referrals.write");
        var body = PartnerReferrals.NewReferral();
        body["familyConsentsToContact"] = false;
        body["child"] = null;
        body["urgency"] = "whenever";

        using var response = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.JsonAsync()).ToString();
        Assert.Contains("urgency", problem);

        body["urgency"] = "routine";
        using var second = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var errors = (await second.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("familyConsentsToContact", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("child", out _), errors.ToString());
    }
}
