using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.Contracts;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class RightsOfThePersonTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_right_of_access_export_holds_the_whole_record_its_consents_and_who_read_it()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var registration = Api.NewPatient();
        registration["cin"] = $"BH{Random.Shared.Next(100000, 999999)}";
        var patientId = await coordinator.RegisterPatientAsync(registration);
        (await coordinator.GetAsync($"/api/registry/patients/{patientId}")).Dispose();

        using var forbidden = await coordinator.GetAsync($"/api/registry/patients/{patientId}/export");
        using var response = await admin.GetAsync($"/api/registry/patients/{patientId}/export");
        var export = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(registration["cin"], export.GetProperty("patient").GetProperty("identifiers").GetProperty("cin").GetString());
        Assert.Equal("statistics", export.GetProperty("consentHistory")[0].GetProperty("purpose").GetString());
        var log = export.GetProperty("accessLog").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("staffLogin").GetString())).ToList();
        Assert.Contains(("patient.registered", "hajar.coordinator"), log);
        Assert.Contains(("patient.read", "hajar.coordinator"), log);
    }

    [Fact]
    public async Task An_admins_legal_hold_refuses_erasure_until_it_is_lifted_and_both_are_audited()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patientId = await admin.RegisterPatientAsync(Api.NewPatient());
        var erasure = new { reason = "Request by the father, letter of 2026-11-21" };

        using var forbidden = await coordinator.PutAsJsonAsync($"/api/registry/patients/{patientId}/legal-hold", new { held = true, reason = "Court inquiry 2026/118, Casablanca" });
        using var invalid = await admin.PutAsJsonAsync($"/api/registry/patients/{patientId}/legal-hold", new { reason = "short" });
        using var placed = await admin.PutAsJsonAsync($"/api/registry/patients/{patientId}/legal-hold", new { held = true, reason = "Court inquiry 2026/118, Casablanca" });
        using var refused = await admin.PostAsJsonAsync($"/api/registry/patients/{patientId}/erasure", erasure);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("held", out _) && errors.TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Court inquiry 2026/118", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var holds = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{patientId}/retention-holds");
        Assert.True(holds.EnumerateArray().Single().GetProperty("held").GetBoolean());

        using var lifted = await admin.PutAsJsonAsync($"/api/registry/patients/{patientId}/legal-hold", new { held = false, reason = "Inquiry 2026/118 closed on 2026-11-22" });
        using var erased = await admin.PostAsJsonAsync($"/api/registry/patients/{patientId}/erasure", erasure);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/audit?patientId={patientId}&pageSize=100");
        var reasons = audit.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "patient.legal-hold-changed")
            .Select(e => e.GetProperty("reason").GetString()).ToList();
        Assert.Equal(["released: Inquiry 2026/118 closed on 2026-11-22", "held: Court inquiry 2026/118, Casablanca"], reasons);
    }

    [Fact]
    public async Task Erasing_a_survivor_erases_the_duplicates_merged_into_it_and_the_consent_evidence_text()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var first = Api.NewPatient();
        first["consents"] = new[] { new { purpose = "statistics", evidence = "form signed by the mother, Naima Berrada" } };
        var survivor = await admin.RegisterPatientAsync(first);
        var second = Api.NewPatient();
        second["confirmedNotDuplicate"] = true;
        var duplicate = await admin.RegisterPatientAsync(second);
        using var merge = await admin.PostAsJsonAsync($"/api/registry/patients/{survivor}/merge", new { duplicateId = duplicate, reason = "Same child registered twice" });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        (await admin.GetAsync($"/api/registry/patients?name={first["lastName"]}")).Dispose();

        using var erasure = await admin.PostAsJsonAsync($"/api/registry/patients/{survivor}/erasure", new { reason = "Request by the mother, letter of 2026-11-20" });

        Assert.Equal(HttpStatusCode.OK, erasure.StatusCode);
        var mergedRecord = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{duplicate}");
        Assert.Equal("", mergedRecord.GetProperty("lastName").GetString());
        Assert.NotEqual(JsonValueKind.Null, mergedRecord.GetProperty("erasedAt").ValueKind);
        await using var db = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await db.OpenAsync();
        await using var evidence = new NpgsqlCommand("SELECT count(*) FROM patient_consents WHERE patient_id = ANY($1) AND evidence LIKE '%Berrada%'", db);
        evidence.Parameters.AddWithValue(new[] { survivor, duplicate });
        Assert.Equal(0L, (long)(await evidence.ExecuteScalarAsync())!);

        var export = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{survivor}/export");
        var listing = export.GetProperty("accessLog").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "patients.listed");
        Assert.Equal([survivor], listing.GetProperty("listedPatientIds").EnumerateArray().Select(i => i.GetGuid()));
    }

    [Fact]
    public async Task Erasure_is_refused_while_a_retention_hold_stands_and_then_removes_identity_but_keeps_the_statistics()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        const string group = "other-rare-disease";
        const string region = "souss-massa";
        var patients = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var registration = Api.NewPatient(region, group);
            registration["cin"] = $"J{Random.Shared.Next(100000, 999999)}";
            patients.Add(await admin.RegisterPatientAsync(registration));
        }

        await Eventually.Until(() => admin.CountedAsync(group, region), count => count == 5, TimeSpan.FromSeconds(30), "5 counted");
        var target = patients[0];
        var bus = system.Bus;
        var hold = new RetentionHoldChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, target, "hajar", "funding", true, "Medicine costs reimbursed in 2026 must be kept 10 years for the accounts.");
        await bus.Publish(hold);
        var request = new { reason = "Request by the mother, letter received 2026-11-20" };
        // An erasure that overtakes the hold succeeds and cannot be retried, so wait until the
        // Registry has stored the hold instead of polling the erasure endpoint.
        await Eventually.Until(() => StoredHoldsAsync(target), count => count == 1, TimeSpan.FromSeconds(30), "the hold to be known by the registry");

        using var refused = await admin.PostAsJsonAsync($"/api/registry/patients/{target}/erasure", request);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("10 years", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        await bus.Publish(hold with { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Held = false, Reason = "Accounts closed" });
        var erased = await Eventually.Until(
            () => admin.PostAsJsonAsync($"/api/registry/patients/{target}/erasure", request),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "the released hold to allow erasure");
        var record = await erased.JsonAsync();

        Assert.Equal("", record.GetProperty("lastName").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("identifiers").GetProperty("cin").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("dateOfBirth").ValueKind);
        Assert.Equal(group, record.GetProperty("diagnosisGroup").GetString());
        Assert.NotEqual(JsonValueKind.Null, record.GetProperty("erasedAt").ValueKind);
        Assert.Equal(5, await admin.CountedAsync(group, region));

        await using var db = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await db.OpenAsync();
        await using var stored = new NpgsqlCommand("SELECT count(*) FROM patients WHERE id = $1 AND cin_ciphertext IS NULL AND cin_index IS NULL AND first_name = ''", db);
        stored.Parameters.AddWithValue(target);
        Assert.Equal(1L, (long)(await stored.ExecuteScalarAsync())!);
    }

    private async Task<long> StoredHoldsAsync(Guid patientId)
    {
        await using var db = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM retention_holds WHERE patient_id = $1 AND held", db);
        query.Parameters.AddWithValue(patientId);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
