using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class ConsentTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Withdrawing_consent_to_statistics_removes_the_patient_from_the_public_counts_and_keeps_the_history()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        const string group = "primary-immunodeficiency";
        const string region = "beni-mellal-khenifra";
        var patients = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            patients.Add(await staff.RegisterPatientAsync(Api.NewPatient(region, group)));
        }

        await Eventually.Until(() => staff.CountedAsync(group, region), count => count == 6, TimeSpan.FromSeconds(30), "6 counted patients");

        using var withdrawn = await staff.PostAsJsonAsync($"/api/registry/patients/{patients[0]}/consents",
            new { purpose = "statistics", given = false, evidence = "Mother's letter of 2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((await withdrawn.JsonAsync()).GetProperty("statistics").GetBoolean());

        await Eventually.Until(() => staff.CountedAsync(group, region), count => count == 5, TimeSpan.FromSeconds(30), "the withdrawal to reach the counts");

        var history = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{patients[0]}/consents");
        var decisions = history.EnumerateArray().Select(c => (c.GetProperty("purpose").GetString(), c.GetProperty("given").GetBoolean())).ToList();
        Assert.Equal([("statistics", false), ("statistics", true)], decisions);
    }

    [Fact]
    public async Task Consent_given_after_registration_publishes_ConsentGiven_and_the_patient_starts_being_counted()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        await using var given = await EventProbe.ListenAsync(system, "ConsentGiven");
        const string group = "leukemia";
        const string region = "draa-tafilalet";
        var patients = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            patients.Add(await staff.RegisterPatientAsync(Api.NewPatient(region, group, consents: i > 0)));
        }

        using var response = await staff.PostAsJsonAsync($"/api/registry/patients/{patients[0]}/consents",
            new { purpose = "statistics", given = true, evidence = "Consent form signed at the 2026-11-22 visit" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await given.WaitForAsync(patients[0].ToString(), TimeSpan.FromSeconds(30));
        Assert.Contains("\"statistics\"", message, StringComparison.Ordinal);
        await Eventually.Until(() => staff.CountedAsync(group, region), count => count == 5, TimeSpan.FromSeconds(30), "the fifth patient to be counted");
    }

    [Fact]
    public async Task Consent_changes_are_reserved_to_coordinators_and_admins_and_validated()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var patientId = await coordinator.RegisterPatientAsync(Api.NewPatient());

        using var byVolunteer = await volunteer.PostAsJsonAsync($"/api/registry/patients/{patientId}/consents", new { purpose = "statistics", given = false, evidence = "call" });
        using var badPurpose = await coordinator.PostAsJsonAsync($"/api/registry/patients/{patientId}/consents", new { purpose = "marketing", given = true, evidence = "form" });
        using var noEvidence = await coordinator.PostAsJsonAsync($"/api/registry/patients/{patientId}/consents", new { purpose = "research-contact", given = true });

        Assert.Equal(HttpStatusCode.Forbidden, byVolunteer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPurpose.StatusCode);
        Assert.True((await badPurpose.JsonAsync()).GetProperty("errors").TryGetProperty("purpose", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        Assert.True((await noEvidence.JsonAsync()).GetProperty("errors").TryGetProperty("evidence", out _));
    }
}
