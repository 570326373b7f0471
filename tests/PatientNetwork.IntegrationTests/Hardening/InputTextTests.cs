using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// A control character (NUL, vertical tab, NEL…) in any text a client sends is a 400 naming the
/// field, wherever the text is headed: a PostgreSQL text column (which refuses NUL with a 500), a
/// ciphertext (which would hide it), a normaliser (which would silently strip it) or a query filter.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class InputTextTests(PatientNetworkFixture system)
{
    public static TheoryData<string, string, object?> ControlCharactersInARegistration => new()
    {
        { "firstName", "firstName", "Sal\0ma" },
        { "followUpHospital", "followUpHospital", "CHU Ibn Rochd\0" },
        // Encrypted at rest: the ciphertext would carry the NUL past PostgreSQL unseen.
        { "address", "address", "12 rue\0 Oued Sebou, Casablanca" },
        // The normaliser strips whitespace, so a vertical tab or NEL would vanish instead of being refused.
        { "cin", "cin", "BE12\u000B3456" },
        { "guardians", "guardians[0].phone", new[] { new { name = "Naima", relation = "mother", phone = "0611\u0085223344" } } },
        { "consents", "consents[0].evidence", new[] { new { purpose = "statistics", evidence = "signed\0 form" } } },
    };

    [Theory]
    [MemberData(nameof(ControlCharactersInARegistration))]
    public async Task A_control_character_in_any_field_of_a_registration_is_a_400_naming_the_field(string property, string field, object? value)
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient[property] = value;

        using var response = await staff.PostAsJsonAsync("/api/registry/patients", patient);

        await AssertFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_ordinary_text_and_are_kept()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient["address"] = "12 rue Oued Sebou\r\nCasablanca\t20000";

        using var response = await staff.PostAsJsonAsync("/api/registry/patients", patient);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_NUL_in_consent_evidence_is_a_400_naming_evidence()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var patientId = await staff.RegisterPatientAsync(Api.NewPatient(consents: false));

        using var response = await staff.PostAsJsonAsync($"/api/registry/patients/{patientId}/consents",
            new { purpose = "statistics", given = true, evidence = "Mother's letter\0" });

        await AssertFieldErrorAsync(response, "evidence");
    }

    [Fact]
    public async Task A_NUL_in_an_event_title_is_a_400_naming_title()
    {
        using var staff = await system.SignInAsync("hajar.admin");

        using var response = await staff.PostAsJsonAsync("/api/events/events", new
        {
            title = "Blood\0 drive",
            kind = "blood-drive",
            city = "Casablanca",
            startsAt = DateTimeOffset.UtcNow.AddDays(2),
            endsAt = DateTimeOffset.UtcNow.AddDays(3),
        });

        await AssertFieldErrorAsync(response, "title");
    }

    [Fact]
    public async Task A_NUL_in_the_sign_in_login_is_a_400_naming_login()
    {
        using var anonymous = system.Anonymous();

        using var response = await anonymous.PostAsJsonAsync("/auth/token", new { login = "hajar.admin\0", password = "not-the-password" });

        await AssertFieldErrorAsync(response, "login");
    }

    [Theory]
    [InlineData("/api/registry/audit?staffId=%00")]
    [InlineData("/api/funding/audit?staffId=abc%00def")]
    public async Task A_NUL_in_an_audit_filter_is_a_400_naming_the_parameter(string path)
    {
        using var admin = await system.SignInAsync("hajar.admin");

        using var response = await admin.GetAsync(path);

        await AssertFieldErrorAsync(response, "staffId");
    }

    [Fact]
    public async Task A_service_called_directly_refuses_a_NUL_in_a_query_string_too()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var direct = new HttpClient { BaseAddress = system.ServiceUrl("funding") };
        direct.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;

        using var response = await direct.GetAsync("/audit?staffId=%00");

        await AssertFieldErrorAsync(response, "staffId");
    }

    [Fact]
    public async Task The_OpenAPI_document_still_types_body_strings_as_strings()
    {
        using var direct = new HttpClient { BaseAddress = system.ServiceUrl("events") };

        var document = await direct.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var title = document.GetProperty("components").GetProperty("schemas").GetProperty("ScheduleEventRequest").GetProperty("properties").GetProperty("title");

        Assert.True(title.TryGetProperty("type", out var type) && type.ToString().Contains("string", StringComparison.Ordinal), $"title is typed {title}");
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"expected an error for '{field}' in {problem}");
    }
}
