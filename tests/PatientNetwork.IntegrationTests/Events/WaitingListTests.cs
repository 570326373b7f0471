using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>A freed place goes to the first party in line that fits, whole, once; an offer not taken in time passes on.</summary>
[Collection(SystemCollection.Name)]
public sealed class WaitingListTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_cancellation_offers_its_places_to_the_first_party_that_fits_and_never_splits_a_party()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 4));
        var couple = await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 2));
        await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 2));
        var familyOfThree = await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 1, children: 2));
        var pair = await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 1, children: 1));
        Assert.Equal(["waitlisted", "waitlisted"], new[] { familyOfThree.Status(), pair.Status() });

        using var cancelled = await coordinator.PostAsync($"/api/events/events/{eventId}/registrations/{couple.GetProperty("id").GetGuid()}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var after = await coordinator.RegistrationsAsync(eventId);
        Assert.Equal("waitlisted", Find(after, familyOfThree).Status());
        Assert.Equal(1, Find(after, familyOfThree).GetProperty("waitlistPosition").GetInt32());
        Assert.Equal("offered", Find(after, pair).Status());
        Assert.Equal(1, after.Count(r => r.Status() == "offered"));

        using var accepted = await coordinator.PostAsync($"/api/events/events/{eventId}/registrations/{pair.GetProperty("id").GetGuid()}/accept-offer", null);
        Assert.Equal("registered", (await accepted.JsonAsync()).Status());
    }

    [Fact]
    public async Task Concurrent_cancellations_offer_each_freed_place_exactly_once()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 10));
        var registered = new List<JsonElement>();
        for (var i = 0; i < 10; i++)
        {
            registered.Add(await coordinator.RegisterAsync(eventId, EventsApi.Party()));
        }

        for (var i = 0; i < 15; i++)
        {
            await coordinator.RegisterAsync(eventId, EventsApi.Party());
        }

        await Task.WhenAll(registered.Take(6).Select(async r =>
        {
            using var client = await system.SignInAsync("amal.admin");
            using var response = await client.PostAsync($"/api/events/events/{eventId}/registrations/{r.GetProperty("id").GetGuid()}/cancel", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }));

        var after = await coordinator.RegistrationsAsync(eventId);
        var offered = after.Where(r => r.Status() == "offered").Select(r => r.GetProperty("number").GetInt64()).Order().ToList();
        var waitlisted = after.Where(r => r.Status() == "waitlisted").Select(r => r.GetProperty("number").GetInt64()).ToList();
        Assert.Equal(6, offered.Count);
        Assert.Equal(9, waitlisted.Count);
        Assert.True(offered.Max() < waitlisted.Min(), "the first six in line got the offers");
        Assert.Equal(10, after.Where(r => r.Status() is "registered" or "offered").Count());
    }

    [Fact]
    public async Task An_offer_not_taken_in_time_passes_to_the_next_party_in_line()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 1);
        body["offerLifetimeSeconds"] = 10;
        var eventId = await coordinator.ScheduleIdAsync(body);
        var holder = await coordinator.RegisterAsync(eventId, EventsApi.Party());
        var first = await coordinator.RegisterAsync(eventId, EventsApi.Party());
        var second = await coordinator.RegisterAsync(eventId, EventsApi.Party());

        using var cancelled = await coordinator.PostAsync($"/api/events/events/{eventId}/registrations/{holder.GetProperty("id").GetGuid()}/cancel", null);
        Assert.Equal("offered", Find(await coordinator.RegistrationsAsync(eventId), first).Status());

        var after = await Eventually.Until(
            () => coordinator.RegistrationsAsync(eventId),
            all => Find(all, second).Status() == "offered",
            TimeSpan.FromSeconds(45),
            "the expired offer passed to the second party");
        Assert.Equal("cancelled", Find(after, first).Status());
        Assert.Equal(1, after.Count(r => r.Status() == "offered"));
        using var late = await coordinator.PostAsync($"/api/events/events/{eventId}/registrations/{first.GetProperty("id").GetGuid()}/accept-offer", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task A_larger_capacity_offers_the_new_places_at_once()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 1);
        var eventId = await coordinator.ScheduleIdAsync(body);
        await coordinator.RegisterAsync(eventId, EventsApi.Party());
        var waiting = await coordinator.RegisterAsync(eventId, EventsApi.Party());

        body["capacity"] = 2;
        using var changed = await coordinator.PutAsJsonAsync($"/api/events/events/{eventId}", body);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("offered", Find(await coordinator.RegistrationsAsync(eventId), waiting).Status());
    }

    private static JsonElement Find(IEnumerable<JsonElement> all, JsonElement registration) =>
        all.Single(r => r.GetProperty("id").GetGuid() == registration.GetProperty("id").GetGuid());
}
