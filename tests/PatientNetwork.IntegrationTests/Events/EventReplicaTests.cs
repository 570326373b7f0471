using System.Net;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.ScaleOut;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>
/// Two Events instances share one database: cancellations through either instance, and both instances' sweepers
/// passing expired offers on, offer each freed place exactly once, to the parties in line, never splitting one.
/// </summary>
[Collection(ScaledOutCollection.Name)]
public sealed class EventReplicaTests(ScaledOutFixture system)
{
    [Fact]
    public async Task With_two_instances_each_freed_place_is_offered_exactly_once_also_when_offers_expire()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        var body = EventsApi.NewEvent(capacity: 10);
        body["offerLifetimeSeconds"] = 10;
        var eventId = await coordinator.ScheduleIdAsync(body);
        var holders = new List<JsonElement>();
        for (var i = 0; i < 10; i++)
        {
            holders.Add(await coordinator.RegisterAsync(eventId, EventsApi.Party()));
        }

        for (var i = 0; i < 20; i++)
        {
            await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 1, children: i % 3 == 0 ? 1 : 0));
        }

        await Task.WhenAll(holders.Take(6).Select(async holder =>
        {
            using var client = await system.SignInAsync("amal.admin");
            using var response = await client.PostAsync($"/api/events/events/{eventId}/registrations/{holder.GetProperty("id").GetGuid()}/cancel", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }));

        var firstOffers = await OffersAsync(coordinator, eventId);
        Assert.Equal(6, firstOffers.Sum(r => r.GetProperty("partySize").GetInt32()));
        AssertFirstInLineThatFit(await coordinator.RegistrationsAsync(eventId));

        // Nobody accepts: both instances' sweepers race to pass the expired offers on.
        var after = await Eventually.Until(
            () => coordinator.RegistrationsAsync(eventId),
            all => firstOffers.All(o => all.Single(r => Same(r, o)).Status() == "cancelled") && all.Any(r => r.Status() == "offered"),
            TimeSpan.FromSeconds(60),
            "the expired offers passed on");
        var secondOffers = after.Where(r => r.Status() == "offered").ToList();
        Assert.Equal(6, secondOffers.Sum(r => r.GetProperty("partySize").GetInt32()));
        Assert.DoesNotContain(secondOffers, r => firstOffers.Any(o => Same(o, r)));
        Assert.Equal(10, after.Where(r => r.Status() is "registered" or "offered").Sum(r => r.GetProperty("partySize").GetInt32()));
        AssertFirstInLineThatFit(after);
    }

    private static async Task<List<JsonElement>> OffersAsync(HttpClient staff, Guid eventId) =>
        (await staff.RegistrationsAsync(eventId)).Where(r => r.Status() == "offered").ToList();

    /// <summary>Every waitlisted party still in line came after the offered ones, unless it was too big for the places left.</summary>
    private static void AssertFirstInLineThatFit(List<JsonElement> all)
    {
        var lastOffered = all.Where(r => r.Status() == "offered").Max(r => r.GetProperty("number").GetInt64());
        var skipped = all.Where(r => r.Status() == "waitlisted" && r.GetProperty("number").GetInt64() < lastOffered).ToList();
        Assert.All(skipped, r => Assert.True(r.GetProperty("partySize").GetInt32() > 1, "only a party too big for the last place is passed over"));
    }

    private static bool Same(JsonElement a, JsonElement b) => a.GetProperty("id").GetGuid() == b.GetProperty("id").GetGuid();
}
