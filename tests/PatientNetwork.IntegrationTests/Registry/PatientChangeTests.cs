using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class PatientChangeTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Recording_a_death_publishes_PatientDeceased_and_PatientUpdated_without_names()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        await using var deceased = await EventProbe.ListenAsync(system, "PatientDeceased");
        await using var updated = await EventProbe.ListenAsync(system, "PatientUpdated");
        var registration = Api.NewPatient();
        var patientId = await staff.RegisterPatientAsync(registration);

        using var response = await staff.PutAsJsonAsync($"/api/registry/patients/{patientId}/vital-status", new { vitalStatus = "deceased", dateOfDeath = "2026-11-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("deceased", (await response.JsonAsync()).GetProperty("vitalStatus").GetString());
        var death = await deceased.WaitForAsync(patientId.ToString(), Delivery);
        Assert.Contains("2026-11-01", death, StringComparison.Ordinal);
        Assert.DoesNotContain((string)registration["lastName"]!, death, StringComparison.Ordinal);
        Assert.Contains("\"deceased\"", await updated.WaitForAsync(patientId.ToString(), Delivery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_doctor_records_a_coded_diagnosis_and_DiagnosisRecorded_is_published()
    {
        using var doctor = await system.SignInAsync("hajar.doctor");
        await using var recorded = await EventProbe.ListenAsync(system, "DiagnosisRecorded");
        var patientId = await doctor.RegisterPatientAsync(Api.NewPatient());

        using var response = await doctor.PostAsJsonAsync($"/api/registry/patients/{patientId}/diagnoses", new { orphaCode = "ORPHA:1572", icd10 = "D83.9" });
        using var malformed = await doctor.PostAsJsonAsync($"/api/registry/patients/{patientId}/diagnoses", new { icd10 = "common cold" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var diagnosis = (await response.JsonAsync()).GetProperty("diagnoses").EnumerateArray().Single();
        Assert.Equal("ORPHA:1572", diagnosis.GetProperty("orphaCode").GetString());
        Assert.False(string.IsNullOrEmpty(diagnosis.GetProperty("iuisCategory").GetString()));
        Assert.Contains("ORPHA:1572", await recorded.WaitForAsync(patientId.ToString(), Delivery), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Moving_a_patient_to_another_region_moves_them_in_the_public_counts()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var partner = system.Anonymous();
        const string group = "leukemia";
        var patients = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            patients.Add(await staff.RegisterPatientAsync(Api.NewPatient("oriental", group)));
        }

        await Eventually.Until(() => staff.CountedAsync(group, "oriental"), count => count == 5, Delivery, "5 counted in Oriental");

        using var moved = await staff.PutAsJsonAsync($"/api/registry/patients/{patients[0]}/care",
            new { diagnosisGroup = group, regionCode = "rabat-sale-kenitra", cityCode = (string?)null, followUpHospital = "Hôpital d'Enfants de Rabat", mobilityNeed = "none" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        await Eventually.Until(() => staff.CountedAsync(group, "oriental"), count => count == 4, Delivery, "4 counted in Oriental");
        Assert.True(await staff.CountedAsync(group, "rabat-sale-kenitra") >= 1);
        var oriental = await Eventually.Until(() => partner.StatisticsCellAsync(group, "oriental"), cell => cell is not null && Api.CountOf(cell) is null, Delivery, "a release where Oriental dropped below the threshold");
        Assert.True(oriental!.Value.GetProperty("suppressed").GetBoolean());
    }
}
