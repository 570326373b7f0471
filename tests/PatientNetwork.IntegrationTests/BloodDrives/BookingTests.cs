using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>Drives, generated slots and bookings, by staff and by the public, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed partial class BookingTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Slots_are_generated_at_the_smaller_of_waiting_room_and_chair_throughput_and_never_shrink_below_their_bookings()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 6, chairs: 4, slotMinutes: 30, minutesPerDonor: 15);

        Assert.Equal(6, drive.Slots.Count);
        Assert.All(drive.Slots, s => Assert.Equal(6, s.Capacity));
        var slot = drive.Slots[0];
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));

        using var tooSmall = await coordinator.PutAsJsonAsync($"/api/events/blood-drives/{drive.Id}/slots/{slot.Id}", new { capacity = 1 });
        using var smaller = await coordinator.PutAsJsonAsync($"/api/events/blood-drives/{drive.Id}/slots/{slot.Id}", new { capacity = 3 });

        Assert.Equal(HttpStatusCode.Conflict, tooSmall.StatusCode);
        Assert.Equal(HttpStatusCode.OK, smaller.StatusCode);
        Assert.Equal(1, (await smaller.JsonAsync()).GetProperty("free").GetInt32());
    }

    [Fact]
    public async Task Two_hundred_concurrent_public_bookings_for_a_slot_of_eight_give_exactly_eight()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 8, chairs: 8, slotMinutes: 30, minutesPerDonor: 30);
        var slot = drive.Slots[0];
        Assert.Equal(8, slot.Capacity);
        using var anonymous = system.Anonymous();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/public/v1/blood-drives/{drive.Id}/bookings")
            {
                Content = JsonContent.Create(BloodDriveSetup.Donor(slot.Id)),
            };
            request.Headers.Add("X-Forwarded-For", BloodDriveSetup.RandomAddress());
            using var response = await anonymous.SendAsync(request);
            return response.StatusCode;
        }));

        Assert.Equal(8, attempts.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(192, attempts.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(8, await coordinator.BookedAsync(drive.Id, slot.Id));
        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/public/v1/blood-drives/{drive.Id}/slots");
        Assert.Equal(0, published.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == slot.Id).GetProperty("free").GetInt32());
    }

    [Fact]
    public async Task A_donor_books_online_confirms_by_sms_code_sees_and_cancels_by_code_and_phone_and_no_name_comes_back()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync();
        var slot = drive.Slots[1];
        using var donor = system.PublicClient();
        var phone = Inbox.NewContact().Phone;
        var name = $"Donneuse {Api.RandomName()}";

        using var booked = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot.Id, phone, "female", name: name));
        var body = await booked.Content.ReadAsStringAsync();
        Assert.True(booked.StatusCode == HttpStatusCode.Created, body);
        Assert.DoesNotContain(name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[4..], body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var code = json.RootElement.GetProperty("code").GetString();
        Assert.Equal("awaiting-confirmation", json.RootElement.GetProperty("status").GetString());

        var sms = await Eventually.Until(() => Task.FromResult(system.SmsTo(phone)), texts => texts.Count > 0, TimeSpan.FromSeconds(60), "the SMS code");
        var smsCode = SixDigits().Match(sms[0].Text).Value;
        using var wrong = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings/confirm", new { code, phone, smsCode = smsCode == "000000" ? "111111" : "000000" });
        using var confirmed = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings/confirm", new { code, phone, smsCode });
        using var otherPhone = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings/status", new { code, phone = Inbox.NewContact().Phone });
        using var cancelled = await donor.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings/cancel", new { code, phone });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("booked", (await confirmed.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherPhone.StatusCode);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(0, await coordinator.BookedAsync(drive.Id, slot.Id));
    }

    [Fact]
    public async Task Public_bookings_flooding_from_one_client_get_429_with_retry_after()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 50, chairs: 50, minutesPerDonor: 10);
        using var flooder = system.PublicClient();

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 14 && limited is null; i++)
        {
            var response = await flooder.PostAsJsonAsync($"/public/v1/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(drive.Slots[i % drive.Slots.Count].Id));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        limited.Dispose();
    }

    [Fact]
    public async Task A_donor_is_refused_before_their_interval_and_past_the_yearly_maximum_for_their_sex_with_the_date_they_may_give()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync();
        var slot = drive.Slots[0].Id;
        var day = drive.Day;
        DateOnly[] threeInAYear = [day.AddDays(-300), day.AddDays(-200), day.AddDays(-100)];

        using var tooSoon = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot, lastDonation: day.AddDays(-30)));
        using var woman = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot, sex: "female", earlier: threeInAYear));
        using var man = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot, sex: "male", earlier: threeInAYear));
        using var minor = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/bookings", BloodDriveSetup.Donor(slot, born: day.AddYears(-17)));

        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Equal(day.AddDays(26).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (await tooSoon.JsonAsync()).GetProperty("eligibleFrom").GetString());
        Assert.Equal(HttpStatusCode.Conflict, woman.StatusCode);
        Assert.Equal(day.AddDays(-300).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (await woman.JsonAsync()).GetProperty("eligibleFrom").GetString());
        Assert.Equal(HttpStatusCode.Created, man.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, minor.StatusCode);
        Assert.Equal(day.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (await minor.JsonAsync()).GetProperty("eligibleFrom").GetString());
        Assert.Equal(1, await coordinator.BookedAsync(drive.Id, slot));
    }

    [Fact]
    public async Task Donor_phones_are_not_in_the_database_in_clear()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var drive = await coordinator.OpenDriveAsync();
        var phone = Inbox.NewContact().Phone;
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(drive.Slots[0].Id, phone));
        var digits = phone[4..];

        await using var db = new NpgsqlConnection(system.ConnectionString("eventsdb"));
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM blood_donors WHERE phone_ciphertext LIKE @p OR phone_index LIKE @p OR name LIKE @p)
                 + (SELECT count(*) FROM notifications WHERE direct_recipient LIKE @p OR direct_text LIKE @p)
                 + (SELECT count(*) FROM blood_vehicles WHERE driver_phone_ciphertext LIKE @p)
            """, db);
        command.Parameters.AddWithValue("p", $"%{digits}%");
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        await using var stored = new NpgsqlCommand("SELECT count(*) FROM blood_donors WHERE phone_ciphertext IS NOT NULL AND phone_index IS NOT NULL AND association_id = 'amal'", db);
        Assert.True((long)(await stored.ExecuteScalarAsync())! >= 1);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
