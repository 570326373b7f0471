using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net.DataTypes;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>
/// Partnerships' public calendar follows Events' published, changed and cancelled messages exactly, in JSON with its
/// programme and as an iCalendar feed that Ical.Net reads back; no personal data reaches either.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PublicCalendarTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_change_and_a_cancellation_show_on_the_calendar_and_in_the_feed_with_a_higher_sequence()
    {
        using var coordinator = await system.SignInAsync("amal.casablanca");
        using var anonymous = system.Anonymous();
        var body = EventsApi.NewEvent(capacity: 50, city: "settat", kind: "workshop", daysAhead: 40);
        var created = await coordinator.ScheduleAsync(body);
        var id = created.GetProperty("id").GetGuid();
        var startsAt = created.GetProperty("startsAt").GetDateTimeOffset();
        using var session = await coordinator.PostAsJsonAsync($"/api/events/events/{id}/sessions", new
        {
            title = "Living with CML", startsAt = startsAt.AddHours(1), endsAt = startsAt.AddHours(2), room = "Amphi A",
            speakers = new[] { new { name = "Dr. Hassan Alaoui", role = "haematologist, Hassan II hospital of Settat" } },
        });
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var shown = await WaitForAsync(anonymous, id, "settat", startsAt, e => e.GetProperty("programme").GetArrayLength() == 1, "the event with its programme");
        Assert.Equal("settat", shown.GetProperty("city").GetString());
        Assert.Equal("haematologist, Hassan II hospital of Settat", shown.GetProperty("programme")[0].GetProperty("speakers")[0].GetProperty("role").GetString());
        var firstSequence = shown.GetProperty("sequence").GetInt32();

        body["title"] = $"Renamed {Api.RandomName()}";
        using var changed = await coordinator.PutAsJsonAsync($"/api/events/events/{id}", body);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var renamed = await WaitForAsync(anonymous, id, "settat", startsAt, e => e.GetProperty("title").GetString() == (string)body["title"]!, "the new title");
        using var cancelled = await coordinator.PostAsync($"/api/events/events/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var gone = await WaitForAsync(anonymous, id, "settat", startsAt, e => e.GetProperty("status").GetString() == "cancelled", "the cancellation");

        Assert.True(renamed.GetProperty("sequence").GetInt32() > firstSequence);
        Assert.True(gone.GetProperty("sequence").GetInt32() > renamed.GetProperty("sequence").GetInt32());
        var feed = await FeedAsync(anonymous);
        var item = feed.Events.Single(e => e.Uid == $"{id:D}@patientnetwork.ma");
        Assert.Equal("CANCELLED", item.Status);
        Assert.Equal(gone.GetProperty("sequence").GetInt32(), item.Sequence);
        Assert.Equal("Africa/Casablanca", item.DtStart!.TzId);
        Assert.Equal(startsAt.UtcDateTime, item.DtStart.AsUtc, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_calendar_filters_by_city_kind_and_date()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var anonymous = system.Anonymous();
        var fes = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(city: "Fès", kind: "celebration", daysAhead: 61));
        var rabat = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(city: "rabat", kind: "celebration", daysAhead: 61));
        var day = DateTimeOffset.UtcNow.AddDays(61).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await Eventually.Until(
            () => anonymous.GetFromJsonAsync<JsonElement>($"/public/v1/events?city=fes&kind=celebration&from={day}&to={day}&pageSize=100"),
            p => p.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("id").GetGuid() == fes),
            Delivery,
            "the Fès celebration");

        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Equal("fes", e.GetProperty("city").GetString()));
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetGuid() == rabat);
    }

    [Fact]
    public async Task World_CML_Day_expands_to_22_September_from_2026_to_2040_with_a_moved_year_kept()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        using var anonymous = system.Anonymous();
        var title = $"World CML Day {Api.RandomName()}";
        using var created = await coordinator.PostAsJsonAsync("/api/events/series", new
        {
            title, kind = "awareness", city = "casablanca", venue = "Complexe culturel Sidi Belyout",
            recurrenceRule = "RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22", firstStartsLocal = "2026-09-22T09:00:00", durationMinutes = 480,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var series = await created.JsonAsync();
        var seriesId = series.GetProperty("id").GetGuid();
        Assert.Equal(15, series.GetProperty("occurrences").GetArrayLength());

        // 2027's edition moves to the 23rd; 2028's is cancelled; nothing else changes.
        var moved = await DraftEditionAsync(coordinator, seriesId, "2027-09-22");
        var movedStart = moved.GetProperty("startsAt").GetDateTimeOffset().AddDays(1);
        var change = Change(moved, movedStart);
        using var changed = await coordinator.PutAsJsonAsync($"/api/events/events/{moved.GetProperty("id").GetGuid()}", change);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var published = await coordinator.PostAsync($"/api/events/events/{moved.GetProperty("id").GetGuid()}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var dropped = await DraftEditionAsync(coordinator, seriesId, "2028-09-22");
        using var publishedDropped = await coordinator.PostAsync($"/api/events/events/{dropped.GetProperty("id").GetGuid()}/publish", null);
        using var cancelled = await coordinator.PostAsync($"/api/events/events/{dropped.GetProperty("id").GetGuid()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var feed = await Eventually.Until(
            () => FeedAsync(anonymous),
            f => f.Events.Count(e => e.Uid == $"series-{seriesId:D}@patientnetwork.ma") == 3
                && f.Events.Any(e => e.Uid == $"series-{seriesId:D}@patientnetwork.ma" && e.Status == "CANCELLED"),
            Delivery,
            "the series with its moved and cancelled editions in the feed");

        var occurrences = feed.GetOccurrences(new CalDateTime(2026, 1, 1, 0, 0, 0, "Africa/Casablanca"))
            .Where(o => o.Source is Ical.Net.CalendarComponents.CalendarEvent e && e.Uid == $"series-{seriesId:D}@patientnetwork.ma")
            .TakeWhile(o => o.Period.StartTime.Year <= 2040)
            .Select(o => (Start: o.Period.StartTime, Status: ((Ical.Net.CalendarComponents.CalendarEvent)o.Source).Status))
            .ToList();
        Assert.Equal(Enumerable.Range(2026, 15), occurrences.Select(o => o.Start.Year));
        Assert.All(occurrences.Where(o => o.Start.Year != 2027), o => Assert.Equal((9, 22, 9), (o.Start.Month, o.Start.Day, o.Start.Hour)));
        Assert.Equal((9, 23), occurrences.Where(o => o.Start.Year == 2027).Select(o => (o.Start.Month, o.Start.Day)).Single());
        Assert.Equal("CANCELLED", occurrences.Single(o => o.Start.Year == 2028).Status);
        Assert.Equal("Africa/Casablanca", occurrences[0].Start.TzId);
    }

    [Fact]
    public async Task A_year_s_edition_copies_the_last_edition_s_programme_as_a_draft()
    {
        using var coordinator = await system.SignInAsync("amal.admin");
        using var created = await coordinator.PostAsJsonAsync("/api/events/series", new
        {
            title = $"World CML Day {Api.RandomName()}", kind = "awareness", city = "casablanca",
            recurrenceRule = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22", firstStartsLocal = "2026-09-22T09:00:00", durationMinutes = 480,
        });
        var seriesId = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var first = await DraftEditionAsync(coordinator, seriesId, "2027-09-22");
        var start = first.GetProperty("startsAt").GetDateTimeOffset();
        using var lecture = await coordinator.PostAsJsonAsync($"/api/events/events/{first.GetProperty("id").GetGuid()}/sessions", new
        {
            title = "Lecture: new treatments", startsAt = start.AddHours(1), endsAt = start.AddHours(2), capacity = 80,
            speakers = new[] { new { name = "Pr. Amina Idrissi", role = "haematologist" } },
        });
        Assert.Equal(HttpStatusCode.OK, lecture.StatusCode);

        var next = await DraftEditionAsync(coordinator, seriesId, "2028-09-22");
        using var again = await coordinator.PostAsJsonAsync($"/api/events/series/{seriesId}/editions", new { occurrenceDate = "2028-09-22" });
        using var notADate = await coordinator.PostAsJsonAsync($"/api/events/series/{seriesId}/editions", new { occurrenceDate = "2028-09-23" });

        Assert.Equal("draft", next.GetProperty("status").GetString());
        var copied = next.GetProperty("sessions")[0];
        Assert.Equal("Lecture: new treatments", copied.GetProperty("title").GetString());
        Assert.Equal(new DateTimeOffset(2028, 9, 22, 9, 0, 0, TimeSpan.FromHours(1)).AddHours(1), copied.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
    }

    [Fact]
    public async Task No_public_feed_holds_a_registrant_s_personal_data()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var anonymous = system.Anonymous();
        var created = await coordinator.ScheduleAsync(EventsApi.NewEvent(capacity: 10, daysAhead: 3));
        var eventId = created.GetProperty("id").GetGuid();
        var name = $"Registrant {Api.RandomName()}";
        var email = $"{Api.RandomName().ToLowerInvariant()}@example.org";
        await coordinator.RegisterAsync(eventId, EventsApi.Party(name: name, email: email));
        using var changed = await coordinator.PostAsync($"/api/events/events/{eventId}/postpone", null);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        await WaitForAsync(anonymous, eventId, "casablanca", created.GetProperty("startsAt").GetDateTimeOffset(), e => e.GetProperty("status").GetString() == "postponed", "the postponement");
        var json = await anonymous.GetStringAsync("/public/v1/events?pageSize=100");
        var ics = await anonymous.GetStringAsync("/public/v1/events.ics");

        foreach (var text in new[] { json, ics })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(email, text, StringComparison.Ordinal);
            Assert.DoesNotContain("+212 600", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hajar.coordinator", text, StringComparison.Ordinal);
        }
    }

    private static async Task<JsonElement> DraftEditionAsync(HttpClient staff, Guid seriesId, string date)
    {
        using var response = await staff.PostAsJsonAsync($"/api/events/series/{seriesId}/editions", new { occurrenceDate = date });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"edition {date}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static Dictionary<string, object?> Change(JsonElement e, DateTimeOffset startsAt) => new()
    {
        ["title"] = e.GetProperty("title").GetString(),
        ["kind"] = e.GetProperty("kind").GetString(),
        ["city"] = e.GetProperty("city").GetString(),
        ["venue"] = "Complexe culturel Sidi Belyout",
        ["startsAt"] = startsAt,
        ["endsAt"] = startsAt + (e.GetProperty("endsAt").GetDateTimeOffset() - e.GetProperty("startsAt").GetDateTimeOffset()),
    };

    /// <summary>Waits until the calendar shows the event as expected, looking on its city's page of its day (other tests fill the calendar).</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient anonymous, Guid id, string city, DateTimeOffset startsAt, Func<JsonElement, bool> shows, string what)
    {
        JsonElement found = default;
        var day = startsAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Eventually.Until(
            () => anonymous.GetFromJsonAsync<JsonElement>($"/public/v1/events?city={city}&from={day}&to={day}&pageSize=100"),
            page => page.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("id").GetGuid() == id && shows(found = e)),
            Delivery,
            what);
        return found;
    }

    private static async Task<Ical.Net.Calendar> FeedAsync(HttpClient anonymous)
    {
        using var response = await anonymous.GetAsync("/public/v1/events.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
