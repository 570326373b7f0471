using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>Blood-drive requests shared by the tests, written as a client of the gateway writes them.</summary>
public static class BloodDriveSetup
{
    public const string Coordinator = "amal.casablanca";

    /// <summary>A drive on a published blood-drive event, open 09:00–12:00 (Casablanca) in <paramref name="daysAhead"/> days, with one site.</summary>
    public static async Task<Drive> OpenDriveAsync(
        this HttpClient staff, int waitingRoom = 6, int chairs = 4, int slotMinutes = 30, int minutesPerDonor = 15, int daysAhead = 20, bool draft = false)
    {
        var body = EventsApi.NewEvent(kind: "blood-drive", daysAhead: daysAhead, title: $"Don de sang {Api.RandomName()}");
        body["draft"] = draft;
        var eventId = await staff.ScheduleIdAsync(body);
        var hospital = $"CHU {Api.RandomName()}";
        using var opened = await staff.PostAsJsonAsync("/api/events/blood-drives", new { eventId, hospital, transfusionCentre = $"CRTS {Api.RandomName()}" });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, $"open drive: {(int)opened.StatusCode} {await opened.Content.ReadAsStringAsync()}");
        var driveId = (await opened.JsonAsync()).GetProperty("id").GetGuid();
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(daysAhead));
        using var site = await staff.PostAsJsonAsync($"/api/events/blood-drives/{driveId}/sites", new
        {
            name = $"Site {Api.RandomName()}", city = "casablanca", waitingRoom, chairs, minutesPerDonor, slotMinutes,
            openingHours = new[] { new { date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), opens = "09:00:00", closes = "12:00:00" } },
        });
        Assert.True(site.StatusCode == HttpStatusCode.Created, $"add site: {(int)site.StatusCode} {await site.Content.ReadAsStringAsync()}");
        var slots = await staff.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{driveId}/slots");
        return new Drive(driveId, hospital, day, slots.EnumerateArray().Select(s => new Slot(
            s.GetProperty("id").GetGuid(), s.GetProperty("startsAt").GetDateTimeOffset(), s.GetProperty("endsAt").GetDateTimeOffset(), s.GetProperty("capacity").GetInt32())).ToList());
    }

    public static Dictionary<string, object?> Donor(Guid slotId, string? phone = null, string sex = "male", DateOnly? born = null, Guid? pickupPointId = null,
        DateOnly? lastDonation = null, DateOnly[]? earlier = null, string? name = null) => new()
    {
        ["slotId"] = slotId,
        ["name"] = name ?? $"Donneur {Api.RandomName()}",
        ["phone"] = phone ?? Inbox.NewContact().Phone,
        ["sex"] = sex,
        ["birthDate"] = (born ?? new DateOnly(1990, 5, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["city"] = "casablanca",
        ["language"] = "fr",
        ["weightKg"] = 70,
        ["lastDonationDate"] = lastDonation?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["earlierDonations"] = earlier?.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
        ["pickupPointId"] = pickupPointId,
    };

    public static async Task<JsonElement> BookAsync(this HttpClient staff, Guid driveId, Dictionary<string, object?> donor)
    {
        using var response = await staff.PostAsJsonAsync($"/api/events/blood-drives/{driveId}/bookings", donor);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"book: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<Guid> PickupPointAsync(this HttpClient staff, string city = "casablanca")
    {
        using var response = await staff.PostAsJsonAsync("/api/events/blood-drives/pickup-points", new { city, name = $"Place {Api.RandomName()}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> VehicleAsync(this HttpClient staff, int seats, string driver = "amal.driver")
    {
        using var response = await staff.PostAsJsonAsync("/api/events/blood-drives/vehicles", new { label = $"Van {Api.RandomName()}", seats, wheelchairPlaces = 0, driverLogin = driver, driverPhone = Inbox.NewContact().Phone });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>An out run reaching the site 20 minutes before the slot, or a back run leaving 20 minutes after it, stopping at <paramref name="pickup"/>.</summary>
    public static object Run(Slot slot, Guid vehicleId, string leg, Guid pickup, string city = "casablanca", TimeSpan? arriveBefore = null)
    {
        if (leg == "out")
        {
            var arrives = slot.StartsAt - (arriveBefore ?? TimeSpan.FromMinutes(20));
            return new { slotId = slot.Id, vehicleId, leg, city, departsAt = arrives.AddMinutes(-50), arrivesAt = arrives, stops = new[] { new { pickupPointId = pickup, at = arrives.AddMinutes(-45) } } };
        }

        var departs = slot.EndsAt.AddMinutes(20);
        return new { slotId = slot.Id, vehicleId, leg, city, departsAt = departs, arrivesAt = departs.AddMinutes(50), stops = new[] { new { pickupPointId = pickup, at = departs.AddMinutes(45) } } };
    }

    public static async Task<Guid> PlanRunAsync(this HttpClient staff, Guid driveId, object run)
    {
        using var response = await staff.PostAsJsonAsync($"/api/events/blood-drives/{driveId}/runs", run);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"plan run: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<Dictionary<Guid, int>> SeatsTakenAsync(this HttpClient staff, Guid driveId)
    {
        var runs = await staff.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{driveId}/runs");
        return runs.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid(), r => r.GetProperty("seatsTaken").GetInt32());
    }

    public static async Task<int> BookedAsync(this HttpClient staff, Guid driveId, Guid slotId)
    {
        var slots = await staff.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{driveId}/slots");
        return slots.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == slotId).GetProperty("booked").GetInt32();
    }

    /// <summary>A public client with an address of its own (the fixture trusts the tests as a proxy that names clients).</summary>
    public static HttpClient PublicClient(this PatientNetworkFixture system)
    {
        var client = system.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", RandomAddress());
        return client;
    }

    public static string RandomAddress() => $"10.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";

    public sealed record Drive(Guid Id, string Hospital, DateOnly Day, IReadOnlyList<Slot> Slots);

    public sealed record Slot(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity);
}
