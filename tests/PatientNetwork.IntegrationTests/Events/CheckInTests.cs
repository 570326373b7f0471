using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>The door: codes or list entries counted in and out, a live count, a cap on people inside, a repeated scan counted once.</summary>
[Collection(SystemCollection.Name)]
public sealed class CheckInTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Two_check_in_clients_at_once_never_pass_the_people_inside_cap()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var body = EventsApi.NewEvent(capacity: 40);
        body["peopleInsideCap"] = 5;
        var eventId = await coordinator.ScheduleIdAsync(body);
        var codes = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            codes.Add((await coordinator.RegisterAsync(eventId, EventsApi.Party())).GetProperty("code").GetString()!);
        }

        using var doorA = await system.SignInAsync("hajar.volunteer");
        using var doorB = await system.SignInAsync("hajar.coordinator");
        var scans = await Task.WhenAll(codes.SelectMany(code => new[] { (doorA, code), (doorB, code) }).Select(async scan =>
        {
            using var response = await scan.Item1.PostAsJsonAsync($"/api/events/events/{eventId}/check-ins", new { code = scan.code });
            return (response.StatusCode, Body: await response.JsonAsync());
        }));

        var admitted = scans.Where(s => s.StatusCode == HttpStatusCode.OK && s.Body.GetProperty("counted").GetBoolean()).ToList();
        Assert.Equal(5, admitted.Count);
        Assert.All(scans, s => Assert.True(s.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)s.StatusCode}"));
        var attendance = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/events/{eventId}/attendance");
        Assert.Equal(5, attendance.GetProperty("peopleInside").GetInt32());
        Assert.Equal(5, attendance.GetProperty("partiesByStatus").GetProperty("attended").GetInt32());
    }

    [Fact]
    public async Task A_repeated_scan_counts_once_and_an_exit_makes_room_for_the_next()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var body = EventsApi.NewEvent(capacity: 40);
        body["peopleInsideCap"] = 3;
        var eventId = await coordinator.ScheduleIdAsync(body);
        var family = await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 1, children: 2));
        var next = await coordinator.RegisterAsync(eventId, EventsApi.Party());
        var code = family.GetProperty("code").GetString();

        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var client = await system.SignInAsync("hajar.coordinator");
            using var response = await client.PostAsJsonAsync($"/api/events/events/{eventId}/check-ins", new { code });
            return await response.JsonAsync();
        }));
        using var full = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/check-ins", new { registrationId = next.GetProperty("id").GetGuid() });
        using var exit = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/check-ins", new { code, direction = "exit" });
        using var admitted = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/check-ins", new { registrationId = next.GetProperty("id").GetGuid() });

        Assert.Equal(1, twice.Count(t => t.GetProperty("counted").GetBoolean()));
        Assert.All(twice, t => Assert.True(t.GetProperty("peopleInside").GetInt32() == 3));
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal(0, (await exit.JsonAsync()).GetProperty("peopleInside").GetInt32());
        Assert.Equal(1, (await admitted.JsonAsync()).GetProperty("peopleInside").GetInt32());
    }
}
