using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Events;

/// <summary>Event requests and reads shared by the Events tests, as a client of the gateway writes them.</summary>
public static class EventsApi
{
    public static Dictionary<string, object?> NewEvent(int? capacity = null, int daysAhead = 30, string city = "casablanca", string kind = "lecture", string? title = null) =>
        new()
        {
            ["title"] = title ?? $"Lecture {Api.RandomName()}",
            ["kind"] = kind,
            ["city"] = city,
            ["venue"] = "Complexe culturel",
            ["startsAt"] = DateTimeOffset.UtcNow.AddDays(daysAhead),
            ["endsAt"] = DateTimeOffset.UtcNow.AddDays(daysAhead).AddHours(6),
            ["capacity"] = capacity,
        };

    public static async Task<JsonElement> ScheduleAsync(this HttpClient staff, Dictionary<string, object?> body)
    {
        using var response = await staff.PostAsJsonAsync("/api/events/events", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"schedule: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<Guid> ScheduleIdAsync(this HttpClient staff, Dictionary<string, object?> body) =>
        (await staff.ScheduleAsync(body)).GetProperty("id").GetGuid();

    public static object Party(int adults = 1, int children = 0, IReadOnlyList<Guid>? sessions = null, string? name = null, string? email = null) => new
    {
        name = name ?? $"Famille {Api.RandomName()}",
        email = email ?? $"{Api.RandomName().ToLowerInvariant()}@example.org",
        phone = "+212 600 000 000",
        language = "fr",
        adults,
        children,
        sessionIds = sessions ?? [],
    };

    public static async Task<JsonElement> RegisterAsync(this HttpClient staff, Guid eventId, object party)
    {
        using var response = await staff.PostAsJsonAsync($"/api/events/events/{eventId}/registrations", party);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"register: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<List<JsonElement>> RegistrationsAsync(this HttpClient staff, Guid eventId)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await staff.GetFromJsonAsync<JsonElement>($"/api/events/events/{eventId}/registrations?page={page}&pageSize=100");
            all.AddRange(body.GetProperty("items").EnumerateArray());
            if (all.Count >= body.GetProperty("totalCount").GetInt32())
            {
                return all;
            }
        }
    }

    public static string Status(this JsonElement registration) => registration.GetProperty("status").GetString()!;
}
