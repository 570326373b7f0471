using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>
/// Partnerships' records for the generated tenancy suite: a Hajar partner with a credential (for
/// <c>/api/partnerships/partners/{id}/…</c>) and a referral to Hajar (for the staff and the partner referral paths).
/// </summary>
public static class PartnershipsTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partnerId = await hajar.CreatePartnerAsync();
        await hajar.CreateActiveAgreementAsync(partnerId, ["referrals.write", "referrals.read"]);
        var label = $"Tenancy credential {Api.RandomName()}";
        using var created = await hajar.PostAsJsonAsync($"/api/partnerships/partners/{partnerId}/credentials", new
        {
            label, scopes = new[] { "referrals.write", "referrals.read" }, expiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        var credential = new PartnerCredentials.Credential(body.GetProperty("id").GetGuid(), body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);

        using var partner = system.AsPartner(await anonymous.TokenAsync(credential));
        var referral = PartnerReferrals.NewReferral();
        using var sent = await partner.PostAsJsonAsync("/public/v1/referrals", referral);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referralId = (Guid)referral["id"]!;
        var childLastName = ((dynamic)referral["child"]!).lastName;

        return
        [
            new(partnerId, label, ["/api/partnerships/partners"], "hajar.admin", "amal.admin", $"/api/partnerships/partners/{partnerId}/credentials"),
            new(referralId, (string)childLastName, ["/api/partnerships/referrals", "/public/v1/referrals"], "hajar.admin", "amal.admin", $"/api/partnerships/referrals/{referralId}"),
        ];
    }
}
