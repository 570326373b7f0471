using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>What a partner's developer does with webhooks, through the gateway, as their client would.</summary>
public static class PartnerWebhooks
{
    public sealed record Subscription(Guid Id, string Secret);

    /// <summary>A new Hajar partner and a client of the gateway with a token of its credential holding <paramref name="scopes"/>.</summary>
    public static async Task<(Guid PartnerId, HttpClient Client)> NewPartnerAsync(this PatientNetworkFixture system, HttpClient admin, params string[] scopes)
    {
        using var anonymous = system.Anonymous();
        var partnerId = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partnerId, scopes);
        return (partnerId, system.AsPartner(await anonymous.TokenAsync(credential)));
    }

    public static async Task<Subscription> SubscribeAsync(this HttpClient partner, string url, params string[] eventTypes)
    {
        using var response = await partner.PostAsJsonAsync("/public/v1/webhooks", new { url, eventTypes, description = "test receiver" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var body = JsonDocument.Parse(text).RootElement;
        return new Subscription(body.GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    /// <summary>Sends a referral as the partner and has a Hajar coordinator accept it: one <c>referral.status_changed</c>.</summary>
    public static async Task<(Guid Id, string ChildLastName)> ReferAndAcceptAsync(this HttpClient partner, HttpClient coordinator)
    {
        var referral = PartnerReferrals.NewReferral();
        using (var sent = await partner.PostAsJsonAsync("/public/v1/referrals", referral))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var id = (Guid)referral["id"]!;
        using var accepted = await coordinator.PostAsync($"/api/partnerships/referrals/{id}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return (id, (string)((dynamic)referral["child"]!).lastName);
    }

    public static async Task<JsonElement> SubscriptionAsync(this HttpClient partner, Guid id) =>
        await partner.GetFromJsonAsync<JsonElement>($"/public/v1/webhooks/{id}");

    /// <summary>The delivery log, oldest attempt first.</summary>
    public static async Task<List<JsonElement>> AttemptsAsync(this HttpClient partner, Guid id) =>
        [.. (await partner.GetFromJsonAsync<JsonElement>($"/public/v1/webhooks/{id}/attempts?sort=at&pageSize=100")).GetProperty("items").EnumerateArray()];

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient partner, Guid id) =>
        [.. (await partner.GetFromJsonAsync<JsonElement>($"/public/v1/webhooks/{id}/deliveries?pageSize=100")).GetProperty("items").EnumerateArray()];
}
