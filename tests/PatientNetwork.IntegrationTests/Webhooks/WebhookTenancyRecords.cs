using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>
/// A Hajar partner's webhook subscription for the generated tenancy suite (the <c>/public/v1/webhooks/{id}</c> paths),
/// read back by Hajar's admin through the partner's webhook overview.
/// </summary>
public static class WebhookTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        var (partnerId, partner) = await system.NewPartnerAsync(hajar, "webhooks.manage");
        using var partnerClient = partner;
        // Never called: the partner sends no referral, so nothing is ever delivered. The unique path is the record's marker.
        var url = $"https://93.184.215.14/hooks/{Api.RandomName()}";
        var subscription = await partner.SubscribeAsync(url, "referral.status_changed");
        return [new(subscription.Id, url, ["/public/v1/webhooks"], "hajar.admin", "amal.admin", $"/api/partnerships/partners/{partnerId}/webhooks")];
    }
}
