using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace PatientNetwork.Benchmarks.BloodDrives;

/// <summary>
/// A published blood drive with one site whose first slot takes <c>places</c> donors, and round trips for all of them:
/// a pickup point and, per 50 donors, a vehicle with an out run and a back run of that slot. Made through the staff API
/// as a coordinator makes it.
/// </summary>
public static class BloodDriveBookingSetup
{
    private const int SeatsPerVehicle = 50;

    public sealed record PreparedSlot(Guid EventId, Guid DriveId, Guid SlotId, Guid PickupPointId, int Runs);

    public static async Task<PreparedSlot> PrepareAsync(HttpClient staff, int places, int daysAhead, CancellationToken ct)
    {
        var startsAt = DateTimeOffset.UtcNow.AddDays(daysAhead);
        var eventId = await IdOfAsync(await staff.PostAsJsonAsync("events", new
        {
            title = $"Benchmark blood drive {Guid.NewGuid():N}"[..40], kind = "blood-drive", city = "casablanca", venue = "CRTS",
            startsAt, endsAt = startsAt.AddHours(6), draft = false,
        }, ct), ct);
        var driveId = await IdOfAsync(await staff.PostAsJsonAsync("blood-drives", new { eventId, hospital = "CHU Ibn Rochd", transfusionCentre = "CRTS Casablanca" }, ct), ct);
        var day = DateOnly.FromDateTime(startsAt.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Five minutes per donor on 100 chairs over an hour take 1,200; the waiting room is what sizes the slot.
        await IdOfAsync(await staff.PostAsJsonAsync($"blood-drives/{driveId}/sites", new
        {
            name = "Centre de transfusion", city = "casablanca", waitingRoom = places, chairs = 100, minutesPerDonor = 5, slotMinutes = 60,
            openingHours = new[] { new { date = day, opens = "09:00:00", closes = "12:00:00" } },
        }, ct), ct);
        var slots = await staff.GetFromJsonAsync<JsonElement>($"blood-drives/{driveId}/slots", ct);
        var slot = slots.EnumerateArray().First();
        var slotId = slot.GetProperty("id").GetGuid();
        var slotStarts = slot.GetProperty("startsAt").GetDateTimeOffset();
        var slotEnds = slot.GetProperty("endsAt").GetDateTimeOffset();
        var pickup = await IdOfAsync(await staff.PostAsJsonAsync("blood-drives/pickup-points", new { city = "casablanca", name = "Place Mohammed V" }, ct), ct);
        var vehicles = (places + SeatsPerVehicle - 1) / SeatsPerVehicle;
        for (var v = 0; v < vehicles; v++)
        {
            var vehicleId = await IdOfAsync(await staff.PostAsJsonAsync("blood-drives/vehicles", new
            {
                label = $"Van {v + 1}", seats = SeatsPerVehicle, wheelchairPlaces = 0, driverLogin = "amal.driver", driverPhone = "+212600000001",
            }, ct), ct);
            var arrives = slotStarts.AddMinutes(-20);
            var departs = slotEnds.AddMinutes(20);
            await IdOfAsync(await staff.PostAsJsonAsync($"blood-drives/{driveId}/runs", new
            {
                slotId, vehicleId, leg = "out", city = "casablanca", departsAt = arrives.AddMinutes(-50), arrivesAt = arrives,
                stops = new[] { new { pickupPointId = pickup, at = arrives.AddMinutes(-45) } },
            }, ct), ct);
            await IdOfAsync(await staff.PostAsJsonAsync($"blood-drives/{driveId}/runs", new
            {
                slotId, vehicleId, leg = "back", city = "casablanca", departsAt = departs, arrivesAt = departs.AddMinutes(50),
                stops = new[] { new { pickupPointId = pickup, at = departs.AddMinutes(45) } },
            }, ct), ct);
        }

        return new PreparedSlot(eventId, driveId, slotId, pickup, vehicles * 2);
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            }

            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("id").GetGuid();
        }
    }
}
