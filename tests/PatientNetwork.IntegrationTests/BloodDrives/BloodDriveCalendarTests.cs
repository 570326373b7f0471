using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>
/// A blood drive's free places per slot reach Partnerships' public calendar and its iCalendar feed through Events'
/// outbox, follow bookings and cancellations, and never carry a donor's name or phone.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BloodDriveCalendarTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_public_booking_takes_one_free_place_of_its_slot_in_the_calendar_and_the_feed_and_a_cancellation_gives_it_back_without_names()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 6, chairs: 4, slotMinutes: 30, minutesPerDonor: 15, daysAhead: 25);
        var eventId = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{drive.Id}")).GetProperty("eventId").GetGuid();
        var slot = drive.Slots[2];
        using var anonymous = system.Anonymous();
        var shown = await WaitForSlotsAsync(anonymous, eventId, drive.Day, slots => slots.Count == drive.Slots.Count && slots.All(s => s.Free == s.Capacity), "the drive's slots, all free");
        Assert.Equal(drive.Slots.Select(s => s.Id), shown.Select(s => s.Id));
        Assert.All(shown, s => Assert.Equal(6, s.Capacity));

        using var donor = system.PublicClient();
        var phone = Inbox.NewContact().Phone;
        var name = $"Donneuse {Api.RandomName()}";
        using var booked = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot.Id, phone, "female", name: name));
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var code = (await booked.JsonAsync()).GetProperty("code").GetString();

        var afterBooking = await WaitForSlotsAsync(anonymous, eventId, drive.Day, slots => slots.Single(s => s.Id == slot.Id).Free == 5, "one place fewer in the booked slot");
        Assert.All(afterBooking.Where(s => s.Id != slot.Id), s => Assert.Equal(6, s.Free));
        var page = await CalendarPageAsync(anonymous, drive.Day);
        var feed = await FeedTextAsync(anonymous);
        var item = Ical.Net.Calendar.Load(feed)!.Events.Single(e => e.Uid == $"{eventId:D}@patientnetwork.ma");
        var lines = item.Description!.Split('\n');
        Assert.EndsWith("(casablanca): 5/6", lines.Single(l => l.StartsWith(SlotLine(slot), StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith("(casablanca): 6/6", lines.Single(l => l.StartsWith(SlotLine(drive.Slots[0]), StringComparison.Ordinal)), StringComparison.Ordinal);
        foreach (var published in new[] { page, feed })
        {
            Assert.DoesNotContain(name, published, StringComparison.Ordinal);
            Assert.DoesNotContain(phone[4..], published, StringComparison.Ordinal);
        }

        using var cancelled = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings/cancel", new { code, phone });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await WaitForSlotsAsync(anonymous, eventId, drive.Day, slots => slots.Single(s => s.Id == slot.Id).Free == 6, "the place given back");
    }

    [Fact]
    public async Task A_resized_slot_shows_its_new_capacity_and_a_staff_booking_its_place_on_the_calendar()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(daysAhead: 26);
        var eventId = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/blood-drives/{drive.Id}")).GetProperty("eventId").GetGuid();
        var slot = drive.Slots[0];
        using var anonymous = system.Anonymous();

        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        using var resized = await coordinator.PutAsJsonAsync($"/api/events/blood-drives/{drive.Id}/slots/{slot.Id}", new { capacity = 3 });
        Assert.Equal(HttpStatusCode.OK, resized.StatusCode);

        var shown = await WaitForSlotsAsync(anonymous, eventId, drive.Day, slots => slots.Any(s => s.Id == slot.Id && s.Capacity == 3), "the new capacity");
        Assert.Equal(2, shown.Single(s => s.Id == slot.Id).Free);
    }

    private static string SlotLine(BloodDriveSetup.Slot slot)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        var starts = TimeZoneInfo.ConvertTime(slot.StartsAt, zone);
        var ends = TimeZoneInfo.ConvertTime(slot.EndsAt, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{starts:yyyy-MM-dd HH:mm}–{ends:HH:mm} ");
    }

    private static async Task<List<ShownSlot>> WaitForSlotsAsync(HttpClient anonymous, Guid eventId, DateOnly day, Func<List<ShownSlot>, bool> shows, string what)
    {
        List<ShownSlot> found = [];
        await Eventually.Until(
            async () => await CalendarPageAsync(anonymous, day),
            page =>
            {
                using var json = JsonDocument.Parse(page);
                var item = json.RootElement.GetProperty("items").EnumerateArray().FirstOrDefault(e => e.GetProperty("id").GetGuid() == eventId);
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                found = item.GetProperty("slots").EnumerateArray().Select(s => new ShownSlot(
                    s.GetProperty("id").GetGuid(), s.GetProperty("capacity").GetInt32(), s.GetProperty("free").GetInt32())).ToList();
                return shows(found);
            },
            Delivery,
            what);
        return found;
    }

    private static async Task<string> CalendarPageAsync(HttpClient anonymous, DateOnly day)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await anonymous.GetAsync($"/public/v1/events?kind=blood-drive&from={date}&to={date}&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> FeedTextAsync(HttpClient anonymous)
    {
        using var response = await anonymous.GetAsync("/public/v1/events.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private sealed record ShownSlot(Guid Id, int Capacity, int Free);
}
