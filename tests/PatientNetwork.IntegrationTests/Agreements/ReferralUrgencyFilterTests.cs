using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>The staff referrals list filtered by urgency (it sits beside the agreements work in the web app's partner screens).</summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralUrgencyFilterTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_referrals_list_keeps_only_the_urgency_asked_for_and_refuses_an_unknown_one_with_a_field_error()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var anonymous = system.Anonymous();
        var partnerId = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partnerId, "referrals.write");
        using var partner = system.AsPartner(await anonymous.TokenAsync(credential));
        var asap = await SendAsync(partner, "asap");
        var routine = await SendAsync(partner, "routine");

        var asapOnly = await IdsAsync(coordinator, "urgency=asap");
        Assert.Contains(asap, asapOnly);
        Assert.DoesNotContain(routine, asapOnly);
        var routineOnly = await IdsAsync(coordinator, "urgency=routine&status=Requested");
        Assert.Contains(routine, routineOnly);
        Assert.DoesNotContain(asap, routineOnly);
        var all = await IdsAsync(coordinator, "");
        Assert.Contains(asap, all);
        Assert.Contains(routine, all);

        foreach (var wrong in new[] { "critical", "ASAP" })
        {
            using var refused = await coordinator.GetAsync($"/api/partnerships/referrals?urgency={wrong}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("urgency", out _), wrong);
        }
    }

    /// <summary>A referral of that urgency sent by the partner; its id.</summary>
    internal static async Task<Guid> SendAsync(HttpClient partner, string urgency)
    {
        var body = PartnerReferrals.NewReferral(urgency: urgency);
        using var sent = await partner.PostAsJsonAsync("/public/v1/referrals", body);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return (Guid)body["id"]!;
    }

    /// <summary>The newest page of the association's referrals under the filter; the two just sent are on it.</summary>
    private static async Task<List<Guid>> IdsAsync(HttpClient coordinator, string filter)
    {
        var page = await coordinator.GetFromJsonAsync<JsonElement>($"/api/partnerships/referrals?pageSize=100&{filter}");
        return page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
    }
}
