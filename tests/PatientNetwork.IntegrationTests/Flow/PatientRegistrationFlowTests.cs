using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Flow;

[Collection(SystemCollection.Name)]
public sealed class PatientRegistrationFlowTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Registering_a_Hajar_patient_opens_an_80_percent_coverage_account_in_Funding()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");

        var patientId = await staff.RegisterPatientAsync(Api.NewPatient());

        var account = await Eventually.Until(
            () => staff.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            Delivery,
            "the coverage account opened by Funding");
        var body = await account.JsonAsync();
        Assert.Equal(patientId, body.GetProperty("patientId").GetGuid());
        Assert.Equal("hajar", body.GetProperty("associationId").GetString());
        Assert.Equal(8000, body.GetProperty("rateBasisPoints").GetInt32());
        Assert.Equal(80m, body.GetProperty("coveragePercent").GetDecimal());
    }

    [Fact]
    public async Task Consenting_patients_are_counted_in_public_statistics_and_small_counts_are_suppressed()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var partner = system.Anonymous();
        const string group = "other-rare-disease";
        const string countedRegion = "guelmim-oued-noun";
        const string smallRegion = "dakhla-oued-ed-dahab";

        var registered = new List<Guid>
        {
            await staff.RegisterPatientAsync(Api.NewPatient(smallRegion, group)),
            await staff.RegisterPatientAsync(Api.NewPatient(countedRegion, group, consents: false)),
            await staff.RegisterPatientAsync(Api.NewPatient(countedRegion, group, consents: false)),
        };
        for (var i = 0; i < 5; i++)
        {
            registered.Add(await staff.RegisterPatientAsync(Api.NewPatient(countedRegion, group)));
        }

        await Eventually.Until(() => staff.CountedAsync(group, countedRegion), count => count >= 5, Delivery, "the region's patients to be counted");
        await WaitUntilFundingSawAllAsync(staff, registered);

        Assert.Equal(5, await staff.CountedAsync(group, countedRegion));
        var small = await Eventually.Until(() => partner.StatisticsCellAsync(group, smallRegion), cell => cell is not null, Delivery, "a release with the small region");
        Assert.NotNull(small);
        Assert.True(small.Value.GetProperty("suppressed").GetBoolean());
        Assert.Null(Api.CountOf(small));
    }

    [Fact]
    public async Task A_scheduled_awareness_event_appears_in_the_public_calendar()
    {
        using var staff = await system.SignInAsync("amal.casablanca");
        using var publicClient = system.Anonymous();
        var title = $"World CML Day {Guid.NewGuid():N}";

        using var scheduled = await staff.PostAsJsonAsync("/api/events/events", new
        {
            title,
            kind = "awareness",
            city = "Casablanca",
            startsAt = DateTimeOffset.UtcNow.AddDays(30),
            endsAt = DateTimeOffset.UtcNow.AddDays(30).AddHours(6),
        });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var eventId = (await scheduled.JsonAsync()).GetProperty("id").GetGuid();

        var calendar = await Eventually.Until(
            () => publicClient.GetStringAsync("/public/v1/events?pageSize=100"),
            page => page.Contains(eventId.ToString(), StringComparison.Ordinal),
            Delivery,
            "the event on the public calendar");
        Assert.Contains(title, calendar, StringComparison.Ordinal);
        Assert.Contains("\"associationId\":\"amal\"", calendar, StringComparison.Ordinal);
    }

    /// <summary>Funding and Partnerships consume the same events; once Funding has all of them, Partnerships has had the same chance.</summary>
    private static async Task WaitUntilFundingSawAllAsync(HttpClient staff, IEnumerable<Guid> patients)
    {
        foreach (var patient in patients)
        {
            await Eventually.Until(
                () => staff.GetAsync($"/api/funding/coverage-accounts/{patient}"),
                response => response.StatusCode == HttpStatusCode.OK,
                Delivery,
                $"coverage account of {patient}");
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
    }
}
