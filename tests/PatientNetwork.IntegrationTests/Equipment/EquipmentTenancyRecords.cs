using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>Hajar's chair, its assignment and a distribution day for the generated tenancy suite, tried with an AMAL token.</summary>
internal static class EquipmentTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajar = await system.SignInAsync("hajar.coordinator");
        var chair = await hajar.ChairAsync();
        var chairId = chair.GetProperty("id").GetGuid();
        var serial = chair.GetProperty("serialNumber").GetString()!;
        var assigned = await hajar.ChairAsync();
        var assignmentId = (await hajar.AssignedAsync(assigned.GetProperty("id").GetGuid(), await hajar.ChildAsync())).GetProperty("id").GetGuid();
        var dayName = $"Journée de solidarité {Api.RandomName()}";
        using var planned = await hajar.PostAsJsonAsync("/api/funding/equipment/distribution-days", new { name = dayName, heldOn = "2026-12-06", place = "Beni Mellal" });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var dayId = (await planned.JsonAsync()).GetProperty("id").GetGuid();

        return
        [
            new(chairId, serial, ["/api/funding/equipment/items"], "hajar.coordinator", "amal.admin", $"/api/funding/equipment/items/{chairId}"),
            new(assignmentId, assigned.GetProperty("serialNumber").GetString()!, ["/api/funding/equipment/assignments"], "hajar.coordinator", "amal.admin", $"/api/funding/equipment/assignments/{assignmentId}"),
            new(dayId, dayName, ["/api/funding/equipment/distribution-days"], "hajar.coordinator", "amal.admin", $"/api/funding/equipment/distribution-days/{dayId}"),
        ];
    }
}
