using System.Net;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Security;

[Collection(SystemCollection.Name)]
public sealed class TenantIsolationTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_AMAL_token_cannot_read_a_Hajar_patient_nor_its_coverage()
    {
        using var hajar = await system.SignInAsync("hajar.coordinator");
        using var amal = await system.SignInAsync("amal.admin");
        var registration = Api.NewPatient();
        var patientId = await hajar.RegisterPatientAsync(registration);
        await Eventually.Until(
            () => hajar.GetAsync($"/api/funding/coverage-accounts/{patientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "the Hajar coverage account");

        using var patient = await amal.GetAsync($"/api/registry/patients/{patientId}");
        using var coverage = await amal.GetAsync($"/api/funding/coverage-accounts/{patientId}");
        var list = await amal.GetStringAsync("/api/registry/patients?pageSize=100");

        Assert.Equal(HttpStatusCode.NotFound, patient.StatusCode);
        Assert.DoesNotContain((string)registration["lastName"]!, await patient.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, coverage.StatusCode);
        Assert.DoesNotContain(patientId.ToString(), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Branch_staff_see_only_their_branch()
    {
        using var casablanca = await system.SignInAsync("amal.casablanca");
        using var marrakech = await system.SignInAsync("amal.marrakech");
        using var amalAdmin = await system.SignInAsync("amal.admin");
        var patientId = await casablanca.RegisterPatientAsync(Api.NewPatient(group: "leukemia"));

        using var fromOtherBranch = await marrakech.GetAsync($"/api/registry/patients/{patientId}");
        using var fromAssociation = await amalAdmin.GetAsync($"/api/registry/patients/{patientId}");

        Assert.Equal(HttpStatusCode.NotFound, fromOtherBranch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromAssociation.StatusCode);
        Assert.Equal("casablanca-settat", (await fromAssociation.JsonAsync()).GetProperty("branchId").GetString());
    }
}
