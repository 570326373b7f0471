using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>Round-trip transport: a place and both seats or nothing, seats per leg, vehicles and runs cancelled, manifests for drivers.</summary>
[Collection(SystemCollection.Name)]
public sealed class TransportTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Concurrent_bookings_with_transport_hold_a_place_and_both_seats_or_none_and_no_leg_carries_more_than_its_seats()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 6, chairs: 6, slotMinutes: 30, minutesPerDonor: 30);
        var slot = drive.Slots[2];
        var pickup = await coordinator.PickupPointAsync();
        var outRun = await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4), "out", pickup));
        var backRun = await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 2), "back", pickup));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var staff = await system.SignInAsync(BloodDriveSetup.Coordinator);
            using var response = await staff.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot.Id, pickupPointId: pickup));
            return response.StatusCode;
        }));

        Assert.Equal(2, attempts.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(8, attempts.Count(s => s == HttpStatusCode.Conflict));
        var seats = await coordinator.SeatsTakenAsync(drive.Id);
        Assert.Equal(2, seats[outRun]);
        Assert.Equal(2, seats[backRun]);
        Assert.Equal(2, await coordinator.BookedAsync(drive.Id, slot.Id));
        // The refused ones left no place behind: the slot's four other places are still there to book without transport.
        for (var i = 0; i < 4; i++)
        {
            await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        }

        using var full = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot.Id));
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
    }

    [Fact]
    public async Task Runs_refuse_a_pickup_in_another_city_a_late_arrival_and_a_vehicle_already_on_an_overlapping_run()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync();
        var slot = drive.Slots[0];
        var casablanca = await coordinator.PickupPointAsync();
        var rabat = await coordinator.PickupPointAsync("rabat");
        var vehicle = await coordinator.VehicleAsync(seats: 8);

        using var otherCity = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/runs", BloodDriveSetup.Run(slot, vehicle, "out", rabat));
        using var late = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/runs", BloodDriveSetup.Run(slot, vehicle, "out", casablanca, arriveBefore: TimeSpan.FromMinutes(-5)));
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, vehicle, "out", casablanca));
        using var overlapping = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/runs", BloodDriveSetup.Run(slot, vehicle, "out", casablanca, arriveBefore: TimeSpan.FromMinutes(30)));
        using var bookedFromRabat = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot.Id, pickupPointId: rabat));

        Assert.Equal(HttpStatusCode.BadRequest, otherCity.StatusCode);
        Assert.True((await otherCity.JsonAsync()).GetProperty("errors").TryGetProperty("stops", out _));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.True((await late.JsonAsync()).GetProperty("errors").TryGetProperty("arrivesAt", out _));
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bookedFromRabat.StatusCode);
        Assert.Equal(0, await coordinator.BookedAsync(drive.Id, slot.Id));
    }

    [Fact]
    public async Task A_withdrawn_vehicle_moves_each_passenger_to_a_run_with_a_seat_or_flags_them_transport_at_risk()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync();
        var slot = drive.Slots[1];
        var pickup = await coordinator.PickupPointAsync();
        var withdrawn = await coordinator.VehicleAsync(seats: 2);
        var first = await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, withdrawn, "out", pickup));
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4), "back", pickup));
        var spare = await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 1), "out", pickup));
        // Both take the first run's two seats; the spare run has one seat for one of them when the first is withdrawn.
        var a = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id, pickupPointId: pickup));
        var b = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id, pickupPointId: pickup));
        Assert.Equal(first, a.GetProperty("outRunId").GetGuid());
        Assert.Equal(first, b.GetProperty("outRunId").GetGuid());

        using var response = await coordinator.PostAsync($"/api/events/blood-drives/vehicles/{withdrawn}/withdraw", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = (await response.JsonAsync()).GetProperty("runs").EnumerateArray().Single();
        Assert.Equal(2, run.GetProperty("passengers").GetInt32());
        Assert.Equal(1, run.GetProperty("moved").GetInt32());
        Assert.Equal(1, run.GetProperty("atRisk").GetInt32());
        var seats = await coordinator.SeatsTakenAsync(drive.Id);
        Assert.Equal(1, seats[spare]);
        var atRisk = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{drive.Id}/transport-at-risk");
        var flagged = Assert.Single(atRisk.EnumerateArray());
        Assert.StartsWith("+212", flagged.GetProperty("phone").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await coordinator.BookedAsync(drive.Id, slot.Id));
        var report = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{drive.Id}/report");
        var site = Assert.Single(report.GetProperty("sites").EnumerateArray());
        Assert.Equal(2, site.GetProperty("booked").GetInt32());
        Assert.Equal(2, site.GetProperty("transported").GetInt32());
        Assert.Contains(report.GetProperty("runs").EnumerateArray(), r => r.GetProperty("cancelled").GetBoolean() && r.GetProperty("passengers").GetInt32() == 1);
        using var csv = await coordinator.GetAsync($"/api/events/blood-drives/{drive.Id}/report?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_driver_s_token_reads_only_the_manifests_of_their_own_runs_and_nothing_else_of_the_drive()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync();
        var slot = drive.Slots[0];
        var pickup = await coordinator.PickupPointAsync();
        var run = await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4, driver: "amal.driver"), "out", pickup));
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4, driver: "amal.driver"), "back", pickup));
        var phone = Inbox.NewContact().Phone;
        var name = $"Passager {Api.RandomName()}";
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id, phone, pickupPointId: pickup, name: name));
        using var driver = await system.SignInAsync("amal.driver");
        using var otherDriver = await system.SignInAsync("amal.driver2");

        using var own = await driver.GetAsync($"/api/events/blood-drives/{drive.Id}/runs/{run}/manifest");
        using var csv = await driver.GetAsync($"/api/events/blood-drives/{drive.Id}/runs/{run}/manifest?format=csv");
        using var notTheirs = await otherDriver.GetAsync($"/api/events/blood-drives/{drive.Id}/runs/{run}/manifest");
        using var driveItself = await driver.GetAsync($"/api/events/blood-drives/{drive.Id}");
        using var slotList = await driver.GetAsync($"/api/events/blood-drives/{drive.Id}/slots/{slot.Id}/bookings");
        using var sent = await coordinator.PostAsync($"/api/events/blood-drives/{drive.Id}/runs/{run}/manifest/send", null);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var manifest = await own.Content.ReadAsStringAsync();
        Assert.Contains(name, manifest, StringComparison.Ordinal);
        Assert.Contains(phone, manifest, StringComparison.Ordinal);
        Assert.Contains(name, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, driveItself.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, slotList.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_at_the_door_sees_names_without_phones_and_the_waiting_room_cap_holds_at_check_in()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 2, chairs: 4, slotMinutes: 30, minutesPerDonor: 15);
        var slot = drive.Slots[0];
        var codes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            codes.Add((await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id))).GetProperty("code").GetString()!);
        }

        var next = drive.Slots[1];
        codes.Add((await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(next.Id))).GetProperty("code").GetString()!);
        using var volunteer = await system.SignInAsync("amal.volunteer");

        var list = await volunteer.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{drive.Id}/slots/{slot.Id}/bookings");
        var withPhones = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{drive.Id}/slots/{slot.Id}/bookings");
        var entered = await Task.WhenAll(codes.Select(async code =>
        {
            using var response = await volunteer.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/check-ins", new { code, direction = "entry" });
            return response.StatusCode;
        }));
        var refused = Array.IndexOf(entered, HttpStatusCode.Conflict);
        var inside = Array.IndexOf(entered, HttpStatusCode.OK);
        using var leaves = await volunteer.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/check-ins", new { code = codes[inside], direction = "exit" });
        using var entersNow = await volunteer.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/check-ins", new { code = codes[Math.Max(refused, 0)], direction = "entry" });

        Assert.All(list.EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("phone").ValueKind));
        Assert.All(list.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("name").GetString())));
        Assert.All(withPhones.EnumerateArray(), e => Assert.StartsWith("+212", e.GetProperty("phone").GetString(), StringComparison.Ordinal));
        Assert.Equal(2, entered.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(1, entered.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.OK, leaves.StatusCode);
        Assert.Equal(HttpStatusCode.OK, entersNow.StatusCode);
        Assert.Equal(2, (await entersNow.JsonAsync()).GetProperty("peopleInside").GetInt32());
    }
}
