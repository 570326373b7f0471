using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>Capacity is never exceeded under concurrent registrations, per event and per session, and the rest wait in order of arrival.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegistrationCapacityTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_hundred_concurrent_registrations_for_the_last_ten_places_register_exactly_ten_and_waitlist_the_rest_in_arrival_order()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 30));
        for (var i = 0; i < 20; i++)
        {
            await coordinator.RegisterAsync(eventId, EventsApi.Party());
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            using var client = await system.SignInAsync("amal.admin");
            using var response = await client.PostAsJsonAsync($"/api/events/events/{eventId}/registrations", EventsApi.Party());
            return (response.StatusCode, Body: await response.JsonAsync());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Created, $"{(int)a.StatusCode} {a.Body}"));
        Assert.Equal(10, answers.Count(a => a.Body.Status() == "registered"));
        Assert.Equal(90, answers.Count(a => a.Body.Status() == "waitlisted"));
        var all = await coordinator.RegistrationsAsync(eventId);
        Assert.Equal(30, all.Count(r => r.Status() == "registered"));
        var registeredNumbers = all.Where(r => r.Status() == "registered").Select(r => r.GetProperty("number").GetInt64()).ToList();
        var waitlisted = all.Where(r => r.Status() == "waitlisted").OrderBy(r => r.GetProperty("number").GetInt64()).ToList();
        // Arrival order is the order the event's lock let them in: every registered party came before every waitlisted one,
        // and the line's positions follow that order without gaps.
        Assert.True(registeredNumbers.Max() < waitlisted.Min(r => r.GetProperty("number").GetInt64()));
        Assert.Equal(Enumerable.Range(1, 90), waitlisted.Select(r => r.GetProperty("waitlistPosition").GetInt32()));
    }

    [Fact]
    public async Task A_workshop_s_own_seats_hold_under_concurrent_registrations_while_the_event_has_room()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var created = await coordinator.ScheduleAsync(EventsApi.NewEvent(capacity: 200));
        var eventId = created.GetProperty("id").GetGuid();
        var startsAt = created.GetProperty("startsAt").GetDateTimeOffset();
        using var added = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/sessions", new
        {
            title = "Art-therapy workshop", startsAt = startsAt.AddHours(2), endsAt = startsAt.AddHours(3), room = "Salle B", capacity = 6,
            speakers = new[] { new { name = "Dr. Salma Bennani", role = "psychologist, CHU Ibn Rochd" } },
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var workshop = (await added.JsonAsync()).GetProperty("sessions")[0].GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var client = await system.SignInAsync("amal.admin");
            using var response = await client.PostAsJsonAsync($"/api/events/events/{eventId}/registrations", EventsApi.Party(adults: 1, children: 1, sessions: [workshop]));
            return (await response.JsonAsync()).Status();
        }));

        Assert.Equal(3, answers.Count(s => s == "registered"));
        Assert.Equal(17, answers.Count(s => s == "waitlisted"));
        // Without the workshop, the event still has room.
        Assert.Equal("registered", (await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 2))).Status());
    }

    [Fact]
    public async Task A_party_larger_than_the_capacity_is_refused_with_nothing_written()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 3));

        using var response = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/registrations", EventsApi.Party(adults: 2, children: 2));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await coordinator.RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task Registration_outside_its_window_is_a_409()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 10);
        body["registrationOpensAt"] = DateTimeOffset.UtcNow.AddDays(5);

        var eventId = await coordinator.ScheduleIdAsync(body);
        using var response = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/registrations", EventsApi.Party());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("not open", (await response.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Capacity_below_the_places_taken_is_a_409_and_leaves_the_event_unchanged()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 10);
        var eventId = await coordinator.ScheduleIdAsync(body);
        await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 2, children: 2));

        body["capacity"] = 3;
        body["title"] = "Changed title";
        using var response = await coordinator.PutAsJsonAsync($"/api/events/events/{eventId}", body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var stored = await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/events/events/{eventId}");
        Assert.Equal(10, stored.GetProperty("capacity").GetInt32());
        Assert.NotEqual("Changed title", stored.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("city", "Atlantis")]
    [InlineData("endsAt", null)]
    [InlineData("capacity", -1)]
    public async Task Bad_event_details_are_a_400_naming_the_field(string field, object? value)
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent();
        body[field] = field == "endsAt" ? DateTimeOffset.UtcNow.AddDays(1) : value;

        using var response = await coordinator.PostAsJsonAsync("/api/events/events", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_session_outside_its_event_is_a_400_on_startsAt()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var created = await coordinator.ScheduleAsync(EventsApi.NewEvent());
        var startsAt = created.GetProperty("startsAt").GetDateTimeOffset();

        using var response = await coordinator.PostAsJsonAsync($"/api/events/events/{created.GetProperty("id").GetGuid()}/sessions",
            new { title = "Q&A", startsAt = startsAt.AddDays(-1), endsAt = startsAt.AddDays(-1).AddHours(1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("startsAt", out _));
    }
}
