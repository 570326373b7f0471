using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Donations;

[Collection(SystemCollection.Name)]
public sealed class GiftReportTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_gifts_report_sums_a_year_s_gifts_per_month_and_campaign_and_the_receipt_register_exports_as_CSV()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var year = Random.Shared.Next(2001, 2099);
        var campaign = await admin.CreateCampaignAsync(1_000_000);
        var campaignId = campaign.GetProperty("id").GetGuid();
        var donor = (await admin.CreateDonorAsync()).GetProperty("id").GetGuid();
        await admin.GiftAsync(donor, 10_000, campaignId, receivedOn: new DateOnly(year, 3, 1));
        await admin.GiftAsync(donor, 2_550, campaignId, method: "cash", receivedOn: new DateOnly(year, 3, 20));
        var april = await admin.GiftAsync(donor, 4_000, campaignId, receivedOn: new DateOnly(year, 4, 2));

        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/reports/gifts?year={year}");
        var march = report.EnumerateArray().Single(r => r.GetProperty("campaignId").ValueKind == JsonValueKind.String && r.GetProperty("campaignId").GetGuid() == campaignId && r.GetProperty("month").GetInt32() == 3);
        Assert.Equal((2, 12_550L), (march.GetProperty("gifts").GetInt32(), march.GetProperty("amountCentimes").GetInt64()));

        using var csv = await admin.GetAsync($"/api/funding/reports/gifts/export?year={year}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{year}\",\"3\",\"campaign-fund:{campaignId:N}\",\"{campaign.GetProperty("name").GetString()}\",\"2\",\"125.50\"", await csv.Content.ReadAsStringAsync());

        using var register = await admin.GetAsync($"/api/funding/reports/receipts/export?year={year}");
        Assert.Contains($"\"{april.GetProperty("receiptNumber").GetString()}\",\"gift\",\"issued\"", await register.Content.ReadAsStringAsync());

        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var refused = await coordinator.GetAsync($"/api/funding/reports/gifts?year={year}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
