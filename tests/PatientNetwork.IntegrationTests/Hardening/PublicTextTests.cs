using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// Event text is plain text: stored as staff typed it, markup included, and never able to act as
/// HTML where it is shown, above all on the anonymous public calendar. Every rendering is JSON, so
/// the text travels as a JSON string, and the nosniff header keeps a browser from reading the body
/// as HTML whatever it contains.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PublicTextTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Markup_in_an_event_is_kept_as_text_and_reaches_every_rendering_escaped()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var anonymous = system.Anonymous();
        var marker = Api.RandomName();
        var title = $"<script>alert(\"{marker}\")</script> Journée <b>PID</b> & familles \\ 2027";
        // The city is one of the Registry's list; the venue is free text and carries the markup instead.
        const string venue = "<img src=x onerror=alert(1)>Salle Rabat";
        // Soon, so the event is on the first page of the calendar (soonest first) whatever other tests scheduled.
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(5);

        using var scheduled = await coordinator.PostAsJsonAsync("/api/events/events", new { title, kind = "awareness", city = "Rabat", venue, startsAt, endsAt = startsAt.AddHours(2) });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var id = (await scheduled.JsonAsync()).GetProperty("id").GetGuid();
        using var staffRead = await coordinator.GetAsync($"/api/events/events/{id}");
        var publicPage = await Eventually.Until(
            async () =>
            {
                using var response = await anonymous.GetAsync("/public/v1/events?pageSize=100");
                return (Rendering.Of(response), await response.Content.ReadAsStringAsync());
            },
            page => page.Item2.Contains(id.ToString(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the event on the public calendar");

        foreach (var (rendering, body) in new[] { (Rendering.Of(scheduled), await scheduled.Content.ReadAsStringAsync()), (Rendering.Of(staffRead), await staffRead.Content.ReadAsStringAsync()), publicPage })
        {
            Assert.Equal("application/json", rendering.MediaType);
            Assert.Equal("nosniff", rendering.ContentTypeOptions);
            var shown = FindEvent(JsonDocument.Parse(body).RootElement, id);
            Assert.Equal(title, shown.GetProperty("title").GetString());
            Assert.Equal(venue, shown.GetProperty("venue").GetString());
        }
    }

    private static JsonElement FindEvent(JsonElement body, Guid id) =>
        body.TryGetProperty("items", out var items)
            ? items.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id)
            : body;

    private sealed record Rendering(string? MediaType, string? ContentTypeOptions)
    {
        public static Rendering Of(HttpResponseMessage response) => new(
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.TryGetValues("X-Content-Type-Options", out var values) ? string.Join(",", values) : null);
    }
}
