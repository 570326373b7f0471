using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Donations;

[Collection(SystemCollection.Name)]
public sealed class PledgeTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_pledge_s_instalments_add_up_to_its_total_payments_fill_them_and_overdue_ones_are_listed()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var donor = (await coordinator.CreateDonorAsync()).GetProperty("id").GetGuid();
        var campaign = (await admin.CreateCampaignAsync(10_000_000)).GetProperty("id").GetGuid();
        var firstDue = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);

        using var notAddingUp = await coordinator.PostAsJsonAsync("/api/funding/pledges", new
        {
            donorId = donor, totalCentimes = 100_000, currency = "MAD", frequency = "monthly", firstDueOn = firstDue, count = 3, instalmentAmounts = new[] { 33_333L, 33_333L, 33_333L },
        });
        Assert.Equal(HttpStatusCode.BadRequest, notAddingUp.StatusCode);
        Assert.Contains("add up exactly", (await notAddingUp.JsonAsync()).GetProperty("errors").GetProperty("instalmentAmounts")[0].GetString());

        using var created = await coordinator.PostAsJsonAsync("/api/funding/pledges", new
        {
            donorId = donor, campaignId = campaign, totalCentimes = 100_000, currency = "MAD", frequency = "monthly", firstDueOn = firstDue, count = 3,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var pledge = await created.JsonAsync();
        var pledgeId = pledge.GetProperty("id").GetGuid();
        Assert.Equal([33_334L, 33_333L, 33_333L], pledge.GetProperty("instalments").EnumerateArray().Select(i => i.GetProperty("amountCentimes").GetInt64()));
        Assert.Equal("pledged", pledge.GetProperty("status").GetString());

        var payment = await PayAsync(coordinator, donor, pledgeId, 33_334);
        Assert.Equal(HttpStatusCode.Created, payment.StatusCode);
        var afterOne = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/pledges/{pledgeId}");
        Assert.Equal("partly-paid", afterOne.GetProperty("status").GetString());
        Assert.Equal([2], afterOne.GetProperty("overdue").EnumerateArray().Select(i => i.GetProperty("number").GetInt32()));
        var overdue = await coordinator.GetFromJsonAsync<JsonElement>("/api/funding/pledges/overdue");
        Assert.Contains(overdue.EnumerateArray(), p => p.GetProperty("id").GetGuid() == pledgeId);

        var tooMuch = await PayAsync(coordinator, donor, pledgeId, 70_000);
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        var campaignAfter = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/campaigns/{campaign}");
        Assert.Equal(33_334, campaignAfter.GetProperty("raisedCentimes").GetInt64());

        var rest = await PayAsync(coordinator, donor, pledgeId, 66_666);
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        var paid = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/pledges/{pledgeId}");
        Assert.Equal(("paid", 0), (paid.GetProperty("status").GetString(), paid.GetProperty("overdue").GetArrayLength()));
        Assert.DoesNotContain((await coordinator.GetFromJsonAsync<JsonElement>("/api/funding/pledges/overdue")).EnumerateArray(), p => p.GetProperty("id").GetGuid() == pledgeId);

        using (var refund = ClaimsApi.Post($"/api/funding/donations/{rest.Body.GetProperty("id").GetGuid()}/refund", new { reason = "Virement rejeté" }, Guid.NewGuid().ToString()))
        using (var refunded = await admin.SendAsync(refund))
        {
            Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        }

        Assert.Equal(33_334, (await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/pledges/{pledgeId}")).GetProperty("paidCentimes").GetInt64());
        await system.AssertLedgerReconcilesAsync();
    }

    private static async Task<(HttpStatusCode StatusCode, JsonElement Body)> PayAsync(HttpClient staff, Guid donor, Guid pledge, long amount)
    {
        using var request = ClaimsApi.Post("/api/funding/donations", new { donorId = donor, method = "bank-transfer", amountCentimes = amount, pledgeId = pledge }, Guid.NewGuid().ToString());
        using var response = await staff.SendAsync(request);
        return (response.StatusCode, await response.JsonAsync());
    }
}
