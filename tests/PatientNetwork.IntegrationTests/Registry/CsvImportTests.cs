using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class CsvImportTests(PatientNetworkFixture system)
{
    private const string Header = "first_name,last_name,date_of_birth,sex,diagnosis_group,region_code,city_code,cin,guardian_name,guardian_relation,guardian_phone,consent_statistics,consent_evidence";

    [Fact]
    public async Task A_clean_file_is_imported_once_and_a_re_upload_changes_nothing()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var csv = $"""
            {Header}
            Salma,{surname},02/04/2015,female,primary-immunodeficiency,casablanca-settat,casablanca,,Naima {surname},mother,0611223344,oui,fiche papier 2019
            Adam,{surname}a,2012-09-30,male,primary-immunodeficiency,marrakech-safi,,,,,,non,
            """;

        using var first = await PostCsvAsync(staff, csv);
        using var again = await PostCsvAsync(staff, csv);
        var found = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name={surname}&pageSize=10");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(2, (await first.JsonAsync()).GetProperty("rows").GetInt32());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.JsonAsync()).GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(2, found.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_rejected_whole_with_a_report_of_each_bad_row()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var csv = $"""
            {Header}
            Imane,{surname},2014-01-15,female,primary-immunodeficiency,casablanca-settat,,,,,,yes,form
            Omar,{surname}b,31/02/2014,male,primary-immunodeficiency,atlantis,,,,,,yes,
            Aya,{surname}c,2016-07-07,female,flu,casablanca-settat,,NOT-A-CIN,,,,,
            """;

        using var response = await PostCsvAsync(staff, csv);
        var problem = await response.JsonAsync();
        var found = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name={surname}&pageSize=10");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rejected = problem.GetProperty("rejectedRows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("errors"));
        Assert.Equal([3, 4], rejected.Keys.Order());
        Assert.True(rejected[3].TryGetProperty("date_of_birth", out _));
        Assert.True(rejected[3].TryGetProperty("region_code", out _));
        Assert.True(rejected[3].TryGetProperty("consent_evidence", out _));
        Assert.True(rejected[4].TryGetProperty("diagnosis_group", out _));
        Assert.True(rejected[4].TryGetProperty("cin", out _));
        Assert.Equal(0, found.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_file_with_unknown_columns_is_refused_before_any_row()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");

        using var response = await PostCsvAsync(staff, "prenom,nom\nSalma,Alaoui\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("columns", out _));
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient staff, string csv) =>
        staff.PostAsync("/api/registry/patients/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
