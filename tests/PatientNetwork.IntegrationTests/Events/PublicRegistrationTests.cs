using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>The public registers through the gateway's <c>/public/v1/events/{id}/registrations</c>, a few times per client and window.</summary>
[Collection(SystemCollection.Name)]
public sealed class PublicRegistrationTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_public_registers_online_and_holds_its_registration_by_code_only()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 1));
        using var anonymous = Client();
        var name = $"Famille {Api.RandomName()}";

        using var first = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations", EventsApi.Party(adults: 1, name: name));
        using var second = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations", EventsApi.Party(adults: 1));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.DoesNotContain(name, firstBody, StringComparison.Ordinal);
        var code = (await first.JsonAsync()).GetProperty("code").GetString();
        var secondBody = await second.JsonAsync();
        Assert.Equal("waitlisted", secondBody.Status());
        var secondCode = secondBody.GetProperty("code").GetString();

        using var cancelled = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations/cancel", new { code });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        using var mine = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations/status", new { code = secondCode!.ToLowerInvariant() });
        Assert.Equal("offered", (await mine.JsonAsync()).Status());
        using var wrong = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations/status", new { code = "AAAAAAAAAAAA" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        using var accepted = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations/accept-offer", new { code = secondCode });
        Assert.Equal("registered", (await accepted.JsonAsync()).Status());
    }

    [Fact]
    public async Task A_draft_is_not_found_and_a_members_only_event_takes_no_public_registration()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var draft = EventsApi.NewEvent();
        draft["draft"] = true;
        var draftId = await coordinator.ScheduleIdAsync(draft);
        var members = EventsApi.NewEvent();
        members["membersOnly"] = true;
        var membersId = await coordinator.ScheduleIdAsync(members);
        using var anonymous = Client();

        using var toDraft = await anonymous.PostAsJsonAsync($"/public/v1/events/{draftId}/registrations", EventsApi.Party());
        using var toMembers = await anonymous.PostAsJsonAsync($"/public/v1/events/{membersId}/registrations", EventsApi.Party());

        Assert.Equal(HttpStatusCode.NotFound, toDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, toMembers.StatusCode);
    }

    [Fact]
    public async Task Public_registrations_flooding_from_one_client_get_429_while_another_client_still_registers()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 500));
        using var flooder = Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            using var response = await flooder.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations", EventsApi.Party());
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        using var other = Client();
        using var fromOther = await other.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations", EventsApi.Party());

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.Created, fromOther.StatusCode);
        Assert.Equal(11, (await coordinator.RegistrationsAsync(eventId)).Count(r => r.GetProperty("channel").GetString() == "public"));
    }

    [Fact]
    public async Task A_public_registration_without_email_or_phone_is_a_400()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent());
        using var anonymous = Client();

        using var response = await anonymous.PostAsJsonAsync($"/public/v1/events/{eventId}/registrations", new { name = "Karim", adults = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("email", out _));
    }

    /// <summary>An anonymous client with an address of its own (the fixture trusts the tests as a proxy that names clients).</summary>
    private HttpClient Client()
    {
        var client = system.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}");
        return client;
    }
}
