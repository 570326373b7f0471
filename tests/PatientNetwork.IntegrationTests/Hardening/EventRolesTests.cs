using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>Roles apply in Events as in the Registry: every staff member reads events, only admins and coordinators put one on the public calendar.</summary>
[Collection(SystemCollection.Name)]
public sealed class EventRolesTests(PatientNetworkFixture system)
{
    [Theory]
    [InlineData("hajar.volunteer")]
    [InlineData("hajar.doctor")]
    public async Task Staff_who_do_not_speak_for_the_association_cannot_schedule_a_public_event(string login)
    {
        using var staff = await system.SignInAsync(login);
        var title = $"Unauthorised day {Api.RandomName()}";

        using var response = await staff.PostAsJsonAsync("/api/events/events", Event(title));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        Assert.DoesNotContain(title, await coordinator.GetStringAsync("/api/events/events?pageSize=100"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hajar.admin")]
    [InlineData("hajar.coordinator")]
    [InlineData("amal.casablanca")]
    public async Task Admins_and_coordinators_schedule_events(string login)
    {
        using var staff = await system.SignInAsync(login);

        using var response = await staff.PostAsJsonAsync("/api/events/events", Event($"Awareness day {Api.RandomName()}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_reads_the_association_s_events()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var scheduled = await coordinator.PostAsJsonAsync("/api/events/events", Event($"Blood drive {Api.RandomName()}"));
        var id = (await scheduled.JsonAsync()).GetProperty("id").GetGuid();
        using var volunteer = await system.SignInAsync("hajar.volunteer");

        using var one = await volunteer.GetAsync($"/api/events/events/{id}");
        using var list = await volunteer.GetAsync("/api/events/events");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await list.JsonAsync()).GetProperty("items").ValueKind);
    }

    private static object Event(string title)
    {
        var startsAt = DateTimeOffset.UtcNow.AddDays(Random.Shared.Next(10, 300));
        return new { title, kind = "awareness", city = "Casablanca", startsAt, endsAt = startsAt.AddHours(4) };
    }
}
