using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>Reports count people as the capacity rule does; the participants CSV is for organisers only, and audited.</summary>
[Collection(SystemCollection.Name)]
public sealed class ReportTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_report_counts_places_held_waitlisted_and_attended_people_per_event_and_per_city()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var body = EventsApi.NewEvent(capacity: 3, city: "khenifra", daysAhead: 77);
        var eventId = await coordinator.ScheduleIdAsync(body);
        var family = await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 1, children: 2));
        await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 2));
        using var entered = await coordinator.PostAsJsonAsync($"/api/events/events/{eventId}/check-ins", new { code = family.GetProperty("code").GetString() });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var day = DateTimeOffset.UtcNow.AddDays(77).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var report = await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/reports/events?city=khenifra&from={day}&to={day}");

        var row = report.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("eventId").GetGuid() == eventId);
        Assert.Equal(3, row.GetProperty("placesHeld").GetInt32());
        Assert.Equal(2, row.GetProperty("waitlisted").GetInt32());
        Assert.Equal(3, row.GetProperty("attended").GetInt32());
        var city = report.GetProperty("byCity").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "khenifra");
        Assert.True(city.GetProperty("placesHeld").GetInt32() >= 3);
    }

    [Fact]
    public async Task The_participants_CSV_is_for_organisers_audited_and_writes_formulas_inert()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(capacity: 10));
        var name = $"=HYPERLINK(\"x\") {Api.RandomName()}";
        await coordinator.RegisterAsync(eventId, EventsApi.Party(name: name));
        using var volunteer = await system.SignInAsync("hajar.volunteer");

        using var csv = await coordinator.GetAsync($"/api/events/events/{eventId}/participants.csv");
        using var refused = await volunteer.GetAsync($"/api/events/events/{eventId}/participants.csv");
        using var admin = await system.SignInAsync("hajar.admin");
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/events/audit?eventId={eventId}");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("\"number\",\"status\",\"channel\",\"name\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "participants.exported");
    }
}
