using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class FundingAuditTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Reading_and_listing_coverage_accounts_is_audited_and_admins_find_it_per_patient_and_per_staff_member()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        using var otherAdmin = await system.SignInAsync("amal.admin");
        // Two patients of its own, so the listed page names more than one whichever tests ran before.
        var otherPatientId = await coordinator.RegisterPatientAsync(Api.NewPatient());
        var patientId = await coordinator.RegisterPatientAsync(Api.NewPatient());
        await coordinator.AccountAsync(otherPatientId);
        await coordinator.AccountAsync(patientId);
        using var listed = await coordinator.GetAsync("/api/funding/coverage-accounts?sort=-openedAt&pageSize=100");
        Assert.Contains(patientId, FundingApi.PatientIdsOf(await listed.JsonAsync()));

        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/audit?patientId={patientId}");
        var entries = trail.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["coverage-accounts.listed", "coverage-account.read"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal("hajar.coordinator", e.GetProperty("staffLogin").GetString()));
        Assert.All(entries, e => Assert.Contains(patientId, e.GetProperty("patientIds").EnumerateArray().Select(id => id.GetGuid())));
        Assert.True(entries[0].GetProperty("patientIds").GetArrayLength() > 1, "one row names every patient of the listed page");
        Assert.Contains("status=open", entries[0].GetProperty("details").GetString(), StringComparison.Ordinal);

        var staffId = entries[0].GetProperty("staffId").GetString();
        var byStaff = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/audit?staffId={staffId}&pageSize=1");
        Assert.Equal(entries[0].GetProperty("id").GetInt64(), byStaff.GetProperty("items")[0].GetProperty("id").GetInt64());
        var elsewhere = await otherAdmin.GetFromJsonAsync<JsonElement>($"/api/funding/audit?patientId={patientId}");
        Assert.Equal(0, elsewhere.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Only_admins_may_query_the_funding_audit_trail()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var doctor = await system.SignInAsync("hajar.doctor");

        using var byCoordinator = await coordinator.GetAsync("/api/funding/audit");
        using var byDoctor = await doctor.GetAsync("/api/funding/audit");

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDoctor.StatusCode);
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_400_naming_the_status_field()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");

        using var response = await staff.GetAsync("/api/funding/coverage-accounts?status=deleted");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("active, suspended, closed", errors.GetProperty("status")[0].GetString(), StringComparison.Ordinal);
    }
}
