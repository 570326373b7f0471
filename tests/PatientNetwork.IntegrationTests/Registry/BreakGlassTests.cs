using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class BreakGlassTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_Marrakech_coordinator_reads_a_Casablanca_patient_only_after_breaking_the_glass_and_the_audit_shows_why()
    {
        using var casablanca = await system.SignInAsync("amal.casablanca");
        using var marrakech = await system.SignInAsync("amal.marrakech");
        using var admin = await system.SignInAsync("amal.admin");
        var patientId = await casablanca.RegisterPatientAsync(Api.NewPatient(group: "leukemia"));
        const string reason = "Patient admitted to CHU Mohammed VI Marrakech emergency, treatment history needed";

        using var before = await marrakech.GetAsync($"/api/registry/patients/{patientId}");
        using var withoutReason = await marrakech.PostAsJsonAsync($"/api/registry/patients/{patientId}/break-glass", new { reason = "urgent" });
        using var opened = await marrakech.PostAsJsonAsync($"/api/registry/patients/{patientId}/break-glass", new { reason });
        using var after = await marrakech.GetAsync($"/api/registry/patients/{patientId}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.True((await opened.JsonAsync()).GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);

        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/audit?patientId={patientId}&pageSize=100");
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "patient.break-glass"
            && e.GetProperty("staffLogin").GetString() == "amal.marrakech" && e.GetProperty("reason").GetString() == reason);
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "patient.read"
            && e.GetProperty("staffLogin").GetString() == "amal.marrakech" && e.GetProperty("reason").GetString() == $"break-glass: {reason}");
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "patient.registered" && e.GetProperty("staffLogin").GetString() == "amal.casablanca");
    }

    [Fact]
    public async Task Breaking_the_glass_never_crosses_associations()
    {
        using var amal = await system.SignInAsync("amal.casablanca");
        using var hajar = await system.SignInAsync("hajar.coordinator");
        var hajarPatient = await hajar.RegisterPatientAsync(Api.NewPatient());

        using var attempt = await amal.PostAsJsonAsync($"/api/registry/patients/{hajarPatient}/break-glass", new { reason = "I would like to see this record please" });

        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
    }

    [Fact]
    public async Task Only_admins_query_the_audit_trail_and_only_of_their_association()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var hajarAdmin = await system.SignInAsync("hajar.admin");
        using var amalAdmin = await system.SignInAsync("amal.admin");
        var patientId = await coordinator.RegisterPatientAsync(Api.NewPatient());

        using var forbidden = await coordinator.GetAsync("/api/registry/audit");
        var hajarView = await hajarAdmin.GetFromJsonAsync<JsonElement>($"/api/registry/audit?patientId={patientId}");
        var amalView = await amalAdmin.GetFromJsonAsync<JsonElement>($"/api/registry/audit?patientId={patientId}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.True(hajarView.GetProperty("totalCount").GetInt32() >= 1);
        Assert.Equal(0, amalView.GetProperty("totalCount").GetInt32());
    }
}
