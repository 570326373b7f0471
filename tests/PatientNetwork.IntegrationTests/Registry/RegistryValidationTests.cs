using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class RegistryValidationTests(PatientNetworkFixture system)
{
    public static TheoryData<string, object, string> InvalidRegistrations => new()
    {
        { "guardian phone", new Dictionary<string, object?> { ["guardians"] = new[] { new { name = "Amina", relation = "mother", phone = "12" } } }, "guardians[0].phone" },
        { "guardian relation", new Dictionary<string, object?> { ["guardians"] = new[] { new { name = "Amina", relation = (string?)null } } }, "guardians[0].relation" },
        { "CIN", new Dictionary<string, object?> { ["cin"] = "123-NOT-A-CIN" }, "cin" },
        { "ORPHAcode", new Dictionary<string, object?> { ["diagnoses"] = new[] { new { orphaCode = "521" } } }, "diagnoses[0].orphaCode" },
        { "gene symbol", new Dictionary<string, object?> { ["geneticFindings"] = new[] { new { gene = "btk gene", variant = "c.1631G>A" } } }, "geneticFindings[0].gene" },
        { "treatment dates", new Dictionary<string, object?> { ["treatments"] = new[] { new { kind = "ivig", startedOn = "2024-05-01", endedOn = "2024-01-01" } } }, "treatments[0].endedOn" },
        { "city outside region", new Dictionary<string, object?> { ["cityCode"] = "marrakech" }, "cityCode" },
        { "death while alive", new Dictionary<string, object?> { ["dateOfDeath"] = "2024-01-01" }, "dateOfDeath" },
        { "consent purpose", new Dictionary<string, object?> { ["consents"] = new[] { new { purpose = "marketing", evidence = "form" } } }, "consents[0].purpose" },
        { "no birth date nor year", new Dictionary<string, object?> { ["dateOfBirth"] = null }, "birthYear" },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task An_invalid_detail_of_a_registration_is_a_400_naming_the_nested_field(string what, object changes, string field)
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var registration = Api.NewPatient();
        foreach (var (key, value) in (Dictionary<string, object?>)changes)
        {
            registration[key] = value;
        }

        using var response = await staff.PostAsJsonAsync("/api/registry/patients", registration);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{what}: expected an error for '{field}' in {errors}");
    }

    [Theory]
    [InlineData("/api/registry/patients?vitalStatus=zombie", "vitalStatus")]
    [InlineData("/api/registry/patients?regionCode=atlantis", "regionCode")]
    [InlineData("/api/registry/patients?name=a", "name")]
    [InlineData("/api/registry/patients?consent=marketing", "consent")]
    [InlineData("/api/registry/audit?pageSize=0", "pageSize")]
    public async Task An_invalid_filter_is_a_400_naming_it(string path, string field)
    {
        using var admin = await system.SignInAsync("hajar.admin");

        using var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_full_record_round_trips_with_coded_diagnoses_genetics_treatments_and_guardians()
    {
        using var doctor = await system.SignInAsync("hajar.doctor");
        var registration = Api.NewPatient();
        registration["sex"] = "male";
        registration["cityCode"] = "casablanca";
        registration["followUpHospital"] = "CHU Ibn Rochd";
        registration["treatingDoctor"] = "Pr. Bousfiha";
        registration["mobilityNeed"] = "wheelchair";
        registration["ageAtOnsetMonths"] = 8;
        registration["ageAtDiagnosisMonths"] = 30;
        registration["diagnoses"] = new[] { new { orphaCode = "ORPHA:47", icd10 = "D80.0" } };
        registration["geneticFindings"] = new[] { new { gene = "BTK", variant = "c.1631G>A" } };
        registration["treatments"] = new[] { new { kind = "ivig", startedOn = "2021-03-01", endedOn = (string?)null, outcome = (string?)null } };
        registration["guardians"] = new[] { new { name = "Khadija Tazi", relation = "mother", phone = (string?)null } };

        var patientId = await doctor.RegisterPatientAsync(registration);
        var record = await doctor.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{patientId}");

        Assert.Matches("^PN-[0-9A-Z]{10}$", record.GetProperty("registryId").GetString());
        Assert.Equal("ORPHA:47", record.GetProperty("diagnoses")[0].GetProperty("orphaCode").GetString());
        Assert.Equal("BTK", record.GetProperty("geneticFindings")[0].GetProperty("gene").GetString());
        Assert.Equal("ivig", record.GetProperty("treatments")[0].GetProperty("kind").GetString());
        Assert.Equal("wheelchair", record.GetProperty("mobilityNeed").GetString());
        Assert.Equal("alive", record.GetProperty("vitalStatus").GetString());
        Assert.Equal("mother", record.GetProperty("guardians")[0].GetProperty("relation").GetString());
        Assert.True(record.GetProperty("consents").GetProperty("statistics").GetBoolean());
        Assert.False(record.GetProperty("consents").GetProperty("research-contact").GetBoolean());
    }
}
