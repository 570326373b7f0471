using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Equipment;

[Collection(SystemCollection.Name)]
public sealed class DistributionDayTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_distribution_day_reserves_chairs_across_regions_and_records_what_was_handed_out_and_what_was_not()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        await using var assigned = await EventProbe.ListenAsync(system, "EquipmentAssigned");
        var dayId = await PlanAsync(coordinator);
        var fezChild = await coordinator.ChildAsync(region: "fes-meknes");
        var agadirChild = await coordinator.ChildAsync(region: "souss-massa");
        var fezChair = (await coordinator.ChairAsync("fes-meknes")).GetProperty("id").GetGuid();
        var agadirChair = (await coordinator.ChairAsync("souss-massa")).GetProperty("id").GetGuid();

        var fezReservation = await ReserveAsync(coordinator, dayId, fezChild, fezChair);
        var agadirReservation = await ReserveAsync(coordinator, dayId, agadirChild, agadirChair);
        using var chairTakenTwice = await coordinator.PostAsJsonAsync($"/api/funding/equipment/distribution-days/{dayId}/reservations", new { patientId = agadirChild, itemId = fezChair });
        using var directWhileReserved = await coordinator.AssignAsync(fezChair, fezChild);
        Assert.Equal(HttpStatusCode.Conflict, chairTakenTwice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, directWhileReserved.StatusCode);
        Assert.Equal("reserved", await coordinator.StatusOfAsync(fezChair));

        var guardian = $"Naima {Api.RandomName()}";
        using var handedOut = await coordinator.PostAsJsonAsync($"/api/funding/equipment/distribution-days/{dayId}/reservations/{fezReservation}/hand-out",
            new { guardianName = guardian, acknowledgedAt = DateTimeOffset.UtcNow });
        using var notHandedOut = await coordinator.PostAsJsonAsync($"/api/funding/equipment/distribution-days/{dayId}/reservations/{agadirReservation}/not-handed-out",
            new { reason = "La famille n'a pas pu venir" });
        using var handedTwice = await coordinator.PostAsJsonAsync($"/api/funding/equipment/distribution-days/{dayId}/reservations/{fezReservation}/hand-out",
            new { guardianName = guardian, acknowledgedAt = DateTimeOffset.UtcNow });

        Assert.Equal(HttpStatusCode.OK, handedOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notHandedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, handedTwice.StatusCode);
        Assert.Equal("assigned", await coordinator.StatusOfAsync(fezChair));
        Assert.Equal("in-stock", await coordinator.StatusOfAsync(agadirChair));
        Assert.False(await coordinator.IsWaitingAsync(fezChild));
        Assert.True(await coordinator.IsWaitingAsync(agadirChild));
        var day = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/equipment/distribution-days/{dayId}");
        Assert.Equal((0, 1, 1), (day.GetProperty("reserved").GetInt32(), day.GetProperty("handedOut").GetInt32(), day.GetProperty("notHandedOut").GetInt32()));
        Assert.Equal(["fes-meknes", "souss-massa"], day.GetProperty("reservations").EnumerateArray().Select(r => r.GetProperty("regionCode").GetString()));

        var assignmentId = (await handedOut.JsonAsync()).GetProperty("assignmentId").GetGuid();
        var message = await assigned.WaitForAsync(assignmentId.ToString(), TimeSpan.FromSeconds(30));
        var published = JsonDocument.Parse(message).RootElement.GetProperty("message");
        Assert.Equal(fezChild, published.GetProperty("patientId").GetGuid());
        Assert.Equal("fes-meknes", published.GetProperty("regionCode").GetString());
        Assert.Equal(dayId, published.GetProperty("distributionDayId").GetGuid());
        Assert.DoesNotContain(guardian.Split(' ')[1], message);
    }

    [Fact]
    public async Task An_AMAL_token_sees_and_changes_nothing_of_Hajar_s_equipment()
    {
        using var hajar = await system.SignInAsync("hajar.coordinator");
        using var amal = await system.SignInAsync("amal.admin");
        var chair = await hajar.ChairAsync();
        var chairId = chair.GetProperty("id").GetGuid();
        var serial = chair.GetProperty("serialNumber").GetString()!;
        var child = await hajar.ChildAsync();
        var assignmentId = (await hajar.AssignedAsync(chairId, child)).GetProperty("id").GetGuid();
        var dayId = await PlanAsync(hajar);
        var amalChild = await amal.ChildAsync(region: "casablanca-settat");

        using var item = await amal.GetAsync($"/api/funding/equipment/items/{chairId}");
        using var assignment = await amal.GetAsync($"/api/funding/equipment/assignments/{assignmentId}");
        using var returned = await amal.PostAsJsonAsync($"/api/funding/equipment/assignments/{assignmentId}/return", new { needsRepair = false });
        using var day = await amal.GetAsync($"/api/funding/equipment/distribution-days/{dayId}");
        using var reserve = await amal.PostAsJsonAsync($"/api/funding/equipment/distribution-days/{dayId}/reservations", new { patientId = amalChild, itemId = chairId });
        var lists = string.Concat(await Task.WhenAll(
            amal.GetStringAsync("/api/funding/equipment/items?pageSize=100"),
            amal.GetStringAsync($"/api/funding/equipment/assignments?patientId={child}"),
            amal.GetStringAsync($"/api/funding/equipment/waiting-list?patientId={child}"),
            amal.GetStringAsync("/api/funding/equipment/distribution-days"),
            amal.GetStringAsync("/api/funding/equipment/reports/stock/export")));

        Assert.All([item, assignment, returned, day, reserve], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.DoesNotContain(serial, lists);
        Assert.DoesNotContain(chairId.ToString(), lists);
        Assert.DoesNotContain(child.ToString(), lists);
        Assert.DoesNotContain(dayId.ToString(), lists);
        Assert.Equal("assigned", await hajar.StatusOfAsync(chairId));
    }

    private static async Task<Guid> PlanAsync(HttpClient staff)
    {
        using var response = await staff.PostAsJsonAsync("/api/funding/equipment/distribution-days", new
        {
            name = $"Journée de solidarité Hajar {Api.RandomName()}",
            heldOn = new DateOnly(DateTime.UtcNow.Year, 12, 6),
            place = "Complexe culturel, Beni Mellal",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> ReserveAsync(HttpClient staff, Guid dayId, Guid patientId, Guid itemId)
    {
        using var response = await staff.PostAsJsonAsync($"/api/funding/equipment/distribution-days/{dayId}/reservations", new { patientId, itemId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }
}
