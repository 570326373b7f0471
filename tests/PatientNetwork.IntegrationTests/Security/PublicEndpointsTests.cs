using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Security;

/// <summary>What every service answers without a token: probes for ops and its API description, nothing else.</summary>
[Collection(SystemCollection.Name)]
public sealed class PublicEndpointsTests(PatientNetworkFixture system)
{
    [Theory]
    [InlineData("registry")]
    [InlineData("funding")]
    [InlineData("events")]
    [InlineData("partnerships")]
    [InlineData("gateway")]
    public async Task Every_service_answers_health_alive_and_its_OpenAPI_document_anonymously(string service)
    {
        using var client = new HttpClient { BaseAddress = system.ServiceUrl(service) };

        using var health = await client.GetAsync("/health");
        using var alive = await client.GetAsync("/alive");
        using var openApi = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("\"openapi\"", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_s_XML_documentation_reaches_its_service_s_OpenAPI_document()
    {
        using var client = new HttpClient { BaseAddress = system.ServiceUrl("events") };

        var document = await client.GetStringAsync("/openapi/v1.json");

        // The summary of AwarenessEventsApi.ScheduleEvent.
        Assert.Contains("is published through the outbox so partners", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_calendar_sorts_latest_first_on_request()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var anonymous = system.Anonymous();
        var later = DateTimeOffset.UtcNow.AddYears(5);
        using var scheduled = await staff.PostAsync("/api/events/events", System.Net.Http.Json.JsonContent.Create(new
        {
            title = "Far-future awareness day", kind = "awareness", city = "Rabat", startsAt = later, endsAt = later.AddHours(3),
        }));
        var id = (await scheduled.JsonAsync()).GetProperty("id").GetGuid();

        var latestFirst = await Eventually.Until(
            () => anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/public/v1/events?sort=-startsAt&pageSize=1"),
            page => page.GetProperty("items").GetArrayLength() == 1 && page.GetProperty("items")[0].GetProperty("id").GetGuid() == id,
            TimeSpan.FromSeconds(30),
            "the far-future event first");
        using var badSort = await anonymous.GetAsync("/public/v1/events?sort=title");

        Assert.Equal(id, latestFirst.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Fact]
    public async Task The_public_partner_endpoints_need_no_token()
    {
        using var anonymous = system.Anonymous();

        using var statistics = await anonymous.GetAsync("/public/v1/statistics");
        using var calendar = await anonymous.GetAsync("/public/v1/events");

        Assert.Equal(HttpStatusCode.OK, statistics.StatusCode);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
    }
}
