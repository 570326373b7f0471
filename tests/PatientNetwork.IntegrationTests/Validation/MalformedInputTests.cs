using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Validation;

[Collection(SystemCollection.Name)]
public sealed class MalformedInputTests(PatientNetworkFixture system)
{
    public static TheoryData<string, string> MalformedRegistrations => new()
    {
        { """{"lastName":"El Idrissi","dateOfBirth":"2018-04-02","sex":"female","diagnosisGroup":"leukemia","regionCode":"casablanca-settat"}""", "firstName" },
        { """{"firstName":"Yasmine","lastName":"El Idrissi","dateOfBirth":"2018-04-02","sex":"female","diagnosisGroup":"leukemia","regionCode":"atlantis"}""", "regionCode" },
        { """{"firstName":"Yasmine","lastName":"El Idrissi","dateOfBirth":"2099-01-01","sex":"female","diagnosisGroup":"leukemia","regionCode":"casablanca-settat"}""", "dateOfBirth" },
        { """{"firstName":"Yasmine","lastName":"El Idrissi","dateOfBirth":"2018-04-02","sex":"female","diagnosisGroup":"flu","regionCode":"casablanca-settat"}""", "diagnosisGroup" },
        { """{"firstName":"Yasmine","lastName":"El Idrissi","dateOfBirth":"not a date","sex":"female","diagnosisGroup":"leukemia","regionCode":"casablanca-settat"}""", "dateOfBirth" },
        { """{"firstName":"Yasmine","lastName":"El Idrissi","dateOfBirth":"2018-04-02","sex":"dragon","diagnosisGroup":"leukemia","regionCode":"casablanca-settat"}""", "sex" },
        { """{"firstName":""", "body" },
        { """{}""", "firstName" },
    };

    [Theory]
    [MemberData(nameof(MalformedRegistrations))]
    public async Task A_malformed_registration_gets_a_400_problem_naming_the_field_and_stores_nothing(string body, string field)
    {
        using var staff = await system.SignInAsync("hajar.admin");
        var before = await PatientCountAsync(staff);

        using var response = await staff.PostAsync("/api/registry/patients", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for '{field}' in {problem}");
        Assert.Equal(before, await PatientCountAsync(staff));
    }

    [Theory]
    [InlineData("/api/registry/patients?page=0")]
    [InlineData("/api/registry/patients?pageSize=1000")]
    [InlineData("/api/registry/patients?sort=cin")]
    [InlineData("/api/funding/coverage-accounts?pageSize=0")]
    [InlineData("/api/events/events?page=-1")]
    public async Task Out_of_range_paging_gets_a_400_problem(string path)
    {
        using var staff = await system.SignInAsync("hajar.admin");

        using var response = await staff.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task An_event_that_ends_before_it_starts_gets_a_400_problem()
    {
        using var staff = await system.SignInAsync("hajar.admin");

        using var response = await staff.PostAsJsonAsync("/api/events/events", new
        {
            title = "Blood drive",
            kind = "blood-drive",
            city = "Casablanca",
            startsAt = DateTimeOffset.UtcNow.AddDays(3),
            endsAt = DateTimeOffset.UtcNow.AddDays(2),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("endsAt", out _));
    }

    private static async Task<int> PatientCountAsync(HttpClient staff) =>
        (await staff.GetFromJsonAsync<JsonElement>("/api/registry/patients?pageSize=1")).GetProperty("totalCount").GetInt32();
}
