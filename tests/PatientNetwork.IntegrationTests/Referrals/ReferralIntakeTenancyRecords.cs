using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Referrals;

/// <summary>A Hajar referral intake, still waiting, for the generated tenancy suite (<c>/api/registry/referral-intakes/{id}</c>).</summary>
public static class ReferralIntakeTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, body, id) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        await coordinator.WaitForIntakeAsync(id);
        string lastName = ((dynamic)body["child"]!).lastName;
        return [new(id, lastName, ["/api/registry/referral-intakes"], "hajar.coordinator", "amal.admin", $"/api/registry/referral-intakes/{id}")];
    }
}
