using System.Net;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class IdentityProtectionTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task CIN_phones_and_address_are_not_readable_in_the_database_in_clear()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var cin = $"BK{Random.Shared.Next(100000, 999999)}";
        var phone = $"06{Random.Shared.Next(10000000, 99999999)}";
        var guardianPhone = $"07{Random.Shared.Next(10000000, 99999999)}";
        var registration = Api.NewPatient();
        registration["cin"] = cin;
        registration["phone"] = phone;
        registration["address"] = "12 rue des Orangers, Maârif, Casablanca";
        registration["guardians"] = new[] { new { name = "Fatima Zahra Alaoui", relation = "mother", phone = guardianPhone } };

        var patientId = await coordinator.RegisterPatientAsync(registration);

        await using var db = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await db.OpenAsync();
        foreach (var secret in new[] { cin, phone[1..], guardianPhone[1..], "Orangers" })
        {
            await using var search = new NpgsqlCommand(
                """
                SELECT count(*) FROM (
                    SELECT p::text AS row FROM patients p
                    UNION ALL SELECT g::text FROM patient_guardians g
                    UNION ALL SELECT a::text FROM audit_trail a
                    UNION ALL SELECT o::text FROM outbox_messages o) everything
                WHERE row ILIKE '%' || $1 || '%'
                """, db);
            search.Parameters.AddWithValue(secret);
            Assert.Equal(0L, (long)(await search.ExecuteScalarAsync())!);
        }

        await using var stored = new NpgsqlCommand("SELECT cin_ciphertext FROM patients WHERE id = $1", db);
        stored.Parameters.AddWithValue(patientId);
        Assert.StartsWith("v1:", (string)(await stored.ExecuteScalarAsync())!, StringComparison.Ordinal);

        var shown = await (await coordinator.GetAsync($"/api/registry/patients/{patientId}")).JsonAsync();
        Assert.Equal(cin, shown.GetProperty("identifiers").GetProperty("cin").GetString());
        Assert.Equal("+212" + phone[1..], shown.GetProperty("identifiers").GetProperty("phone").GetString());
        Assert.Equal("+212" + guardianPhone[1..], shown.GetProperty("guardians")[0].GetProperty("phone").GetString());
    }

    [Fact]
    public async Task A_volunteer_sees_the_record_without_any_identifier_and_cannot_register()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var registration = Api.NewPatient();
        registration["cin"] = $"BE{Random.Shared.Next(100000, 999999)}";
        // Phones of its own: a phone already registered by another test would make this a duplicate (409).
        registration["phone"] = $"06{Random.Shared.Next(10000000, 99999999)}";
        registration["guardians"] = new[] { new { name = "Ahmed Alaoui", relation = "father", phone = $"07{Random.Shared.Next(10000000, 99999999)}" } };
        var patientId = await coordinator.RegisterPatientAsync(registration);

        using var response = await volunteer.GetAsync($"/api/registry/patients/{patientId}");
        var seen = await response.JsonAsync();
        using var attempt = await volunteer.PostAsync("/api/registry/patients", System.Net.Http.Json.JsonContent.Create(Api.NewPatient()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("identifiers").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("dateOfBirth").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("guardians")[0].GetProperty("phone").ValueKind);
        Assert.Equal("Ahmed Alaoui", seen.GetProperty("guardians")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
    }
}
