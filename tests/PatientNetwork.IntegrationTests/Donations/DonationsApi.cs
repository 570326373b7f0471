using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Donations;

/// <summary>What the donation tests do through the gateway, as the treasurer's client would.</summary>
internal static class DonationsApi
{
    public static string RandomPhone() => $"06{Random.Shared.Next(10_000_000, 99_999_999)}";

    public static string RandomEmail() => $"{Api.RandomName().ToLowerInvariant()}@example.org";

    public static string RandomDonorName() => $"{Api.RandomName()} {Api.RandomName()}";

    public static async Task<JsonElement> CreateDonorAsync(this HttpClient staff, string? name = null, string? phone = null, string? email = null,
        bool thankPublicly = false, string? publicName = null, bool anonymous = false)
    {
        using var response = await staff.PostAsJsonAsync("/api/funding/donors", new
        {
            kind = "person",
            name = name ?? RandomDonorName(),
            phone = phone ?? RandomPhone(),
            email = email ?? RandomEmail(),
            address = $"{Random.Shared.Next(1, 200)} rue {Api.RandomName()}, Casablanca",
            wishesAnonymity = anonymous,
            thankPublicly,
            publicName,
            consentToContact = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<HttpResponseMessage> GiveAsync(this HttpClient staff, Guid donorId, long centimes, Guid? campaignId = null, string method = "bank-transfer",
        string? key = null, DateOnly? receivedOn = null, string currency = "MAD")
    {
        using var request = ClaimsApi.Post("/api/funding/donations", new
        {
            donorId,
            method,
            amountCentimes = centimes,
            currency,
            chequeNumber = method == "cheque" ? "CHQ-0042" : null,
            cardReference = method == "card" ? "CB-7781" : null,
            inKindDescription = method == "in-kind" ? "Jouets pour Achoura" : null,
            campaignId,
            receivedOn = receivedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, key ?? Guid.NewGuid().ToString());
        return await staff.SendAsync(request);
    }

    public static async Task<JsonElement> GiftAsync(this HttpClient staff, Guid donorId, long centimes, Guid? campaignId = null, string method = "bank-transfer", DateOnly? receivedOn = null)
    {
        using var response = await staff.GiveAsync(donorId, centimes, campaignId, method, receivedOn: receivedOn);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> CreateCampaignAsync(this HttpClient admin, long goal, string? name = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/funding/campaigns", new
        {
            name = name ?? $"Unité de greffe DIP {Api.RandomName()}",
            description = "Construire la première unité de greffe pour les déficits immunitaires primitifs au Maroc",
            goalCentimes = goal,
            currency = "MAD",
            startsOn = "2026-01-01",
            endsOn = "2027-12-31",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> LedgerAccountAsync(this HttpClient admin, Guid accountId) =>
        await admin.GetFromJsonAsync<JsonElement>($"/api/funding/ledger/accounts/{accountId}");

    public static async Task<long> BalanceOfAsync(this HttpClient admin, string code)
    {
        var accounts = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/accounts");
        var account = accounts.EnumerateArray().Single(a => a.GetProperty("code").GetString() == code);
        return account.GetProperty("creditsPosted").GetInt64() - account.GetProperty("debitsPosted").GetInt64();
    }
}
