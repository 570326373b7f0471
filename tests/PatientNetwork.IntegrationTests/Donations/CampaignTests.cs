using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Donations;

[Collection(SystemCollection.Name)]
public sealed class CampaignTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Campaign_progress_equals_its_fund_s_ledger_balance_and_the_public_sees_only_publicly_thanked_names()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var campaign = await admin.CreateCampaignAsync(500_000_000);
        var campaignId = campaign.GetProperty("id").GetGuid();
        var publicName = $"Toy Triangle {Api.RandomName()}";
        var thanked = (await coordinator.CreateDonorAsync(name: $"Société {Api.RandomName()}", thankPublicly: true, publicName: publicName)).GetProperty("id").GetGuid();
        var quietName = DonationsApi.RandomDonorName();
        var quiet = (await coordinator.CreateDonorAsync(name: quietName, anonymous: true)).GetProperty("id").GetGuid();
        await coordinator.GiftAsync(thanked, 1_000_000, campaignId);
        await coordinator.GiftAsync(thanked, 250_000, campaignId, method: "cash");
        var refunded = await coordinator.GiftAsync(quiet, 75_000, campaignId);
        await coordinator.GiftAsync(quiet, 30_000, campaignId, method: "card");
        using (var refund = ClaimsApi.Post($"/api/funding/donations/{refunded.GetProperty("id").GetGuid()}/refund", new { reason = "Erreur de saisie" }, Guid.NewGuid().ToString()))
        using (var response = await admin.SendAsync(refund))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var progress = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/campaigns/{campaignId}");
        var fund = await admin.LedgerAccountAsync(progress.GetProperty("fundAccountId").GetGuid());
        Assert.Equal(1_280_000, progress.GetProperty("raisedCentimes").GetInt64());
        Assert.Equal(fund.GetProperty("balance").GetInt64(), progress.GetProperty("raisedCentimes").GetInt64());
        Assert.Equal($"campaign-fund:{campaignId:N}", fund.GetProperty("code").GetString());
        Assert.Equal(2, progress.GetProperty("donors").GetInt32());

        using var anonymous = system.Anonymous();
        using var publicResponse = await anonymous.GetAsync("/public/v1/campaigns");
        Assert.Equal(HttpStatusCode.OK, publicResponse.StatusCode);
        var body = await publicResponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain(quietName, body);
        Assert.DoesNotContain("@example.org", body);
        var shown = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == campaignId);
        Assert.Equal(1_280_000, shown.GetProperty("raisedCentimes").GetInt64());
        Assert.Equal(500_000_000, shown.GetProperty("goalCentimes").GetInt64());
        Assert.Equal(2, shown.GetProperty("donors").GetInt32());
        Assert.Equal([publicName], shown.GetProperty("thankedDonors").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains("public", publicResponse.Headers.CacheControl?.ToString() ?? "");
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task An_AMAL_token_cannot_give_to_a_Hajar_campaign_nor_for_a_Hajar_donor()
    {
        using var hajarAdmin = await system.SignInAsync("hajar.admin");
        using var amal = await system.SignInAsync("amal.admin");
        var campaignId = (await hajarAdmin.CreateCampaignAsync(1_000_000)).GetProperty("id").GetGuid();
        var hajarDonor = (await hajarAdmin.CreateDonorAsync()).GetProperty("id").GetGuid();
        var amalDonor = (await amal.CreateDonorAsync()).GetProperty("id").GetGuid();

        using var toHajarCampaign = await amal.GiveAsync(amalDonor, 500, campaignId);
        using var forHajarDonor = await amal.GiveAsync(hajarDonor, 500);

        Assert.Equal(HttpStatusCode.BadRequest, toHajarCampaign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forHajarDonor.StatusCode);
        Assert.DoesNotContain(campaignId.ToString(), await amal.GetStringAsync("/api/funding/campaigns"));
        Assert.DoesNotContain(hajarDonor.ToString(), await amal.GetStringAsync("/api/funding/donors"));
    }
}
