using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Accounts;

/// <summary>A Hajar staff account for the generated tenancy suite (<c>/api/staff/accounts/{id}</c>), which AMAL's admin must neither read nor change.</summary>
public static class StaffTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        var name = $"Tenancy staff {Api.RandomName()}";
        var invited = await hajar.InviteAsync(["volunteer"], displayName: name);
        return [new(invited.Id, name, ["/api/staff/accounts"], "hajar.admin", "amal.admin", $"/api/staff/accounts/{invited.Id}")];
    }
}
