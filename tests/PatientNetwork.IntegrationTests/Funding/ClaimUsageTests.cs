using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>The running usage rows an approval reads instead of summing claim lines (ADR 0016), checked by the reconciliation.</summary>
[Collection(SystemCollection.Name)]
public sealed class ClaimUsageTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_reversed_approval_gives_its_amount_back_to_the_cap_and_the_usage_rows_reconcile()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000, annualCapCentimes: 100_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var line = ClaimsApi.Line("IgG", "J06BA02", 1, 100_000, ClaimsApi.Today);

        // 800 MAD covered of a 1,000 MAD cap; a second claim gets the 200 MAD left only while the first stands.
        var first = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [line]));
        using (var approved = await admin.ApproveAsync(first))
        {
            Assert.Equal(80_000, (await approved.JsonAsync()).GetProperty("totals").Long("covered"));
        }

        using (var reversal = ClaimsApi.Post($"/api/funding/claims/{first}/reversal", new { text = "Invoice sent twice by the pharmacy" }, Guid.NewGuid().ToString()))
        using (var reversed = await admin.SendAsync(reversal))
        {
            Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        }

        var second = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [line]));
        using var approvedAgain = await admin.ApproveAsync(second);
        Assert.Equal(80_000, (await approvedAgain.JsonAsync()).GetProperty("totals").Long("covered"));

        var reconciliation = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/reconciliation");
        Assert.True(reconciliation.GetProperty("reconciled").GetBoolean(), reconciliation.ToString());
        Assert.True(reconciliation.GetProperty("usageRowsChecked").GetInt32() >= 2);
        Assert.Equal(80_000, await UsageAsync(programmeId, "patient", patientId));
        Assert.Equal(80_000, await UsageAsync(programmeId, "programme", programmeId));
    }

    [Fact]
    public async Task The_reconciliation_names_a_usage_row_that_differs_from_its_claims()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var claim = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));
        using (var approved = await admin.ApproveAsync(claim))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        // Written by hand, as a person with database access could: the reconciliation must show it, then it is put back.
        await ShiftProgrammeUsageAsync(programmeId, 1);
        try
        {
            var reconciliation = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/reconciliation");
            Assert.False(reconciliation.GetProperty("reconciled").GetBoolean());
            var mismatch = Assert.Single(reconciliation.GetProperty("mismatchedUsage").EnumerateArray(), m => m.GetProperty("programmeId").GetGuid() == programmeId);
            Assert.Equal("programme", mismatch.GetProperty("scope").GetString());
            Assert.Equal(8_001, mismatch.Long("storedCentimes"));
            Assert.Equal(8_000, mismatch.Long("recomputedCentimes"));
        }
        finally
        {
            await ShiftProgrammeUsageAsync(programmeId, -1);
        }

        await system.AssertLedgerReconcilesAsync();
    }

    private async Task<long> UsageAsync(Guid programmeId, string scope, Guid subjectId)
    {
        await using var funding = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await funding.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT covered_centimes FROM coverage_usage WHERE programme_id = $1 AND scope = $2 AND subject_id = $3", funding)
        {
            Parameters = { new() { Value = programmeId }, new() { Value = scope }, new() { Value = subjectId } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ShiftProgrammeUsageAsync(Guid programmeId, long centimes)
    {
        await using var funding = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await funding.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE coverage_usage SET covered_centimes = covered_centimes + $2 WHERE programme_id = $1 AND scope = 'programme'", funding)
        {
            Parameters = { new() { Value = programmeId }, new() { Value = centimes } },
        };
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
