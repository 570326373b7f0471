using System.Net;
using System.Text;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

/// <summary>Every Registry endpoint that takes a body answers malformed input with a 400 naming the field, and changes nothing.</summary>
[Collection(SystemCollection.Name)]
public sealed class EndpointValidationTests(PatientNetworkFixture system)
{
    public static TheoryData<string, string, string, string> MalformedBodies => new()
    {
        { "PUT", "vital-status", """{"vitalStatus":"zombie"}""", "vitalStatus" },
        { "PUT", "vital-status", """{"vitalStatus":"alive","dateOfDeath":"2020-01-01"}""", "dateOfDeath" },
        { "PUT", "vital-status", """{"vitalStatus":"deceased","dateOfDeath":"1800-01-01"}""", "dateOfDeath" },
        { "POST", "diagnoses", """{}""", "diagnosis" },
        { "PUT", "care", """{"diagnosisGroup":"leukemia","regionCode":"atlantis"}""", "regionCode" },
        { "PUT", "care", """{"diagnosisGroup":"leukemia","regionCode":"oriental","mobilityNeed":"jetpack"}""", "mobilityNeed" },
        { "POST", "merge", """{"reason":"same child, confirmed by phone"}""", "duplicateId" },
        { "POST", "merge", """{"duplicateId":"not-a-guid","reason":"same child, confirmed by phone"}""", "duplicateId" },
        { "POST", "erasure", """{"reason":"short"}""", "reason" },
        { "POST", "break-glass", """{"reason":""}""", "reason" },
        { "POST", "consents", """{"purpose":"statistics","given":"maybe","evidence":"form"}""", "given" },
        { "POST", "consents", """{"purpose":"statistics",""", "body" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_malformed_body_is_a_400_naming_the_field(string method, string action, string body, string field)
    {
        using var admin = await system.SignInAsync("amal.admin");
        var patientId = await admin.RegisterPatientAsync(Api.NewPatient(group: "leukemia"));
        var before = await admin.GetStringAsync($"/api/registry/patients/{patientId}");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/registry/patients/{patientId}/{action}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}' in {errors}");
        Assert.Equal(Without(before, "registeredAt"), Without(await admin.GetStringAsync($"/api/registry/patients/{patientId}"), "registeredAt"));
    }

    private static string Without(string json, string property) =>
        System.Text.RegularExpressions.Regex.Replace(json, $"\"{property}\":\"[^\"]*\"", "");
}
