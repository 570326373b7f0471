using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Donations;

/// <summary>Hajar's donor, gift, receipt and campaign for the generated tenancy suite, tried with an AMAL token.</summary>
internal static class DonationTenantRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajarAdmin = await system.SignInAsync("hajar.admin");
        var donorName = DonationsApi.RandomDonorName();
        var donorId = (await hajarAdmin.CreateDonorAsync(name: donorName)).GetProperty("id").GetGuid();
        var campaign = await hajarAdmin.CreateCampaignAsync(10_000_000);
        var campaignId = campaign.GetProperty("id").GetGuid();
        var gift = await hajarAdmin.GiftAsync(donorId, 12_300, campaignId);
        var donationId = gift.GetProperty("id").GetGuid();
        var receiptId = gift.GetProperty("receiptId").GetGuid();
        var receiptNumber = gift.GetProperty("receiptNumber").GetString()!;
        var pledgeTotal = Random.Shared.Next(100_000_000, 999_999_999);
        using var pledged = await hajarAdmin.PostAsJsonAsync("/api/funding/pledges", new { donorId, totalCentimes = pledgeTotal, frequency = "quarterly", firstDueOn = "2026-01-01", count = 4 });
        Assert.Equal(System.Net.HttpStatusCode.Created, pledged.StatusCode);
        var pledgeId = (await pledged.JsonAsync()).GetProperty("id").GetGuid();

        return
        [
            new(donorId, donorName, ["/api/funding/donors"], "hajar.admin", "amal.admin", $"/api/funding/donors/{donorId}"),
            new(donationId, receiptNumber, ["/api/funding/donations"], "hajar.admin", "amal.admin", $"/api/funding/donations/{donationId}"),
            new(receiptId, donorName, ["/api/funding/receipts"], "hajar.admin", "amal.admin", $"/api/funding/receipts/{receiptId}"),
            new(pledgeId, pledgeTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), ["/api/funding/pledges"], "hajar.admin", "amal.admin", $"/api/funding/pledges/{pledgeId}"),
            new(campaignId, campaign.GetProperty("name").GetString()!, ["/api/funding/campaigns"], "hajar.admin", "amal.admin", $"/api/funding/campaigns/{campaignId}"),
        ];
    }
}
