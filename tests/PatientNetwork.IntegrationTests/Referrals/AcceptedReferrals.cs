using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Referrals;

/// <summary>A new partner sends a referral and a Hajar coordinator accepts it, as the Registry's intakes start.</summary>
public static class AcceptedReferrals
{
    public static readonly TimeSpan BusTimeout = TimeSpan.FromSeconds(30);

    public static async Task<(HttpClient Partner, Dictionary<string, object?> Body, Guid Id)> AcceptedReferralAsync(this PatientNetworkFixture system, HttpClient coordinator)
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partnerId = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partnerId, "referrals.write", "referrals.read");
        var partner = system.AsPartner(await anonymous.TokenAsync(credential));
        var body = PartnerReferrals.NewReferral();
        var id = await SendAndAcceptAsync(partner, coordinator, body);
        return (partner, body, id);
    }

    public static async Task<Guid> SendAndAcceptAsync(HttpClient partner, HttpClient coordinator, Dictionary<string, object?>? body = null)
    {
        body ??= PartnerReferrals.NewReferral();
        var id = (Guid)body["id"]!;
        using (var sent = await partner.PostAsJsonAsync("/public/v1/referrals", body))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        using var accepted = await coordinator.PostAsync($"/api/partnerships/referrals/{id}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return id;
    }

    public static Task<JsonElement> WaitForIntakeAsync(this HttpClient coordinator, Guid id) =>
        Eventually.Until(
            async () =>
            {
                using var response = await coordinator.GetAsync($"/api/registry/referral-intakes/{id}");
                return response.IsSuccessStatusCode ? await response.JsonAsync() : default;
            },
            intake => intake.ValueKind == JsonValueKind.Object, BusTimeout, $"referral {id} to reach the Registry");

    public static Task<JsonElement> WaitForPartnerStatusAsync(this HttpClient partner, Guid id, string status) =>
        Eventually.Until(
            () => partner.GetFromJsonAsync<JsonElement>($"/public/v1/referrals/{id}"),
            r => r.GetProperty("status").GetString() == status, BusTimeout, $"referral {id} to be {status}");
}
