using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>
/// Events' records for the generated tenancy suite: a Hajar series (for <c>/api/events/series/{id}</c>) and a Hajar
/// draft for the public registration paths, which must neither find a draft nor change it for anyone.
/// </summary>
public static class EventsTenancyRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        var seriesTitle = $"Tenancy series {Api.RandomName()}";
        using var series = await hajar.PostAsJsonAsync("/api/events/series", new
        {
            title = seriesTitle, kind = "awareness", city = "rabat",
            recurrenceRule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", firstStartsLocal = "2027-03-01T10:00:00", durationMinutes = 120,
        });
        Assert.Equal(HttpStatusCode.Created, series.StatusCode);
        var seriesId = (await series.JsonAsync()).GetProperty("id").GetGuid();

        var draft = Events.EventsApi.NewEvent(title: $"Tenancy draft {Api.RandomName()}");
        draft["draft"] = true;
        var draftId = await hajar.ScheduleIdAsync(draft);

        return
        [
            new(seriesId, seriesTitle, ["/api/events/series"], "hajar.admin", "amal.admin", $"/api/events/series/{seriesId}"),
            new(draftId, (string)draft["title"]!, ["/public/v1/events"], "hajar.admin", "amal.admin", $"/api/events/events/{draftId}"),
        ];
    }
}
