using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>The duplicate rule holds when registrations of the same child arrive at the same instant, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class ConcurrentRegistrationTests(PatientNetworkFixture system)
{
    private const int Concurrent = 8;

    [Fact]
    public async Task Identical_registrations_sent_at_once_create_one_patient_and_the_others_get_409()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var registration = Api.NewPatient();

        var statuses = await RegisterAtOnceAsync(staff, _ => registration);

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await CountNamedAsync(staff, (string)registration["lastName"]!));
    }

    [Fact]
    public async Task Registrations_sharing_a_CIN_sent_at_once_create_one_patient()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var cin = $"BE{Random.Shared.Next(100000, 999999)}";

        // Different names and birth dates: only the CIN makes them the same person.
        var statuses = await RegisterAtOnceAsync(staff, _ =>
        {
            var registration = Api.NewPatient();
            registration["cin"] = cin;
            return registration;
        });

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
    }

    [Fact]
    public async Task An_import_and_registrations_of_the_same_child_sent_at_once_create_one_patient()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        for (var round = 0; round < 3; round++)
        {
            var registration = Api.NewPatient();
            var csv = $"""
                first_name,last_name,date_of_birth,sex,diagnosis_group,region_code,consent_statistics,consent_evidence
                {registration["firstName"]},{registration["lastName"]},{registration["dateOfBirth"]},female,primary-immunodeficiency,casablanca-settat,yes,form
                """;
            using var start = new SemaphoreSlim(0);
            async Task<HttpStatusCode> Send(Func<HttpContent> body, string path)
            {
                using var content = body();
                await start.WaitAsync();
                using var response = await staff.PostAsync(path, content);
                return response.StatusCode;
            }

            var import = Send(() => new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), "/api/registry/patients/imports");
            var registrations = Enumerable.Range(0, 3).Select(_ => Send(() => JsonContent.Create(registration), "/api/registry/patients")).ToList();
            start.Release(4);

            Assert.Contains(await import, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest });
            Assert.All(await Task.WhenAll(registrations), s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
            Assert.Equal(1, await CountNamedAsync(staff, (string)registration["lastName"]!));
        }
    }

    private static async Task<HttpStatusCode[]> RegisterAtOnceAsync(HttpClient staff, Func<int, Dictionary<string, object?>> registration)
    {
        // Bodies are built first and released together, so the requests overlap as much as the machine allows.
        var bodies = Enumerable.Range(0, Concurrent).Select(i => JsonContent.Create(registration(i))).ToList();
        using var start = new SemaphoreSlim(0);
        var requests = bodies.Select(async body =>
        {
            await start.WaitAsync();
            using var response = await staff.PostAsync("/api/registry/patients", body);
            return response.StatusCode;
        }).ToList();
        start.Release(Concurrent);
        var statuses = await Task.WhenAll(requests);
        bodies.ForEach(body => body.Dispose());
        return statuses;
    }

    private static async Task<int> CountNamedAsync(HttpClient staff, string lastName)
    {
        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name={lastName}&pageSize=50");
        return page.GetProperty("items").EnumerateArray().Count(p => p.GetProperty("lastName").GetString() == lastName);
    }
}
