using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>Another association, or another branch, cannot act on an event; volunteers never see registrants' personal data; reads of participants are audited.</summary>
[Collection(SystemCollection.Name)]
public sealed class EventAccessTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task AMAL_staff_cannot_change_cancel_or_register_for_a_Hajar_event()
    {
        using var hajar = await system.SignInAsync("hajar.coordinator");
        var body = EventsApi.NewEvent(capacity: 10);
        var eventId = await hajar.ScheduleIdAsync(body);
        using var amal = await system.SignInAsync("amal.admin");

        body["title"] = "Taken over";
        using var changed = await amal.PutAsJsonAsync($"/api/events/events/{eventId}", body);
        using var cancelled = await amal.PostAsync($"/api/events/events/{eventId}/cancel", null);
        using var registered = await amal.PostAsJsonAsync($"/api/events/events/{eventId}/registrations", EventsApi.Party());
        using var listed = await amal.GetAsync($"/api/events/events/{eventId}/registrations");

        Assert.All(new[] { changed, cancelled, registered, listed }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var stored = await hajar.GetFromJsonAsync<JsonElement>($"/api/events/events/{eventId}");
        Assert.Equal("published", stored.GetProperty("status").GetString());
        Assert.NotEqual("Taken over", stored.GetProperty("title").GetString());
        Assert.Empty(await hajar.RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task Another_branch_s_staff_cannot_change_the_branch_s_event()
    {
        using var casablanca = await system.SignInAsync("amal.casablanca");
        var eventId = await casablanca.ScheduleIdAsync(EventsApi.NewEvent());
        using var marrakech = await system.SignInAsync("amal.marrakech");

        using var cancelled = await marrakech.PostAsync($"/api/events/events/{eventId}/cancel", null);
        using var byAdmin = await (await system.SignInAsync("amal.admin")).PostAsync($"/api/events/events/{eventId}/postpone", null);

        Assert.Equal(HttpStatusCode.NotFound, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_sees_parties_and_statuses_but_no_name_contact_or_code()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 10));
        var name = $"Famille {Api.RandomName()}";
        var registered = await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 2, children: 1, name: name));
        using var volunteer = await system.SignInAsync("hajar.volunteer");

        var list = await volunteer.GetStringAsync($"/api/events/events/{eventId}/registrations");
        var one = await volunteer.GetStringAsync($"/api/events/events/{eventId}/registrations/{registered.GetProperty("id").GetGuid()}");

        foreach (var text in new[] { list, one })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);
            Assert.DoesNotContain(registered.GetProperty("code").GetString()!, text, StringComparison.Ordinal);
            Assert.Contains("\"partySize\":3", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reading_the_participant_list_is_audited_with_the_registrations_read()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 10));
        var registered = await coordinator.RegisterAsync(eventId, EventsApi.Party());
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        using var read = await volunteer.GetAsync($"/api/events/events/{eventId}/registrations");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var admin = await system.SignInAsync("hajar.admin");

        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/events/audit?eventId={eventId}");
        using var byVolunteer = await volunteer.GetAsync($"/api/events/audit?eventId={eventId}");

        var entry = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("staffLogin").GetString() == "hajar.volunteer");
        Assert.Equal("participants.listed", entry.GetProperty("action").GetString());
        Assert.Equal(registered.GetProperty("id").GetGuid(), entry.GetProperty("registrationIds")[0].GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, byVolunteer.StatusCode);
    }
}
