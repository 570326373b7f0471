using System.Net;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>Funding's retention hold on a patient lasts as long as the accounting records must be kept, and no longer.</summary>
[Collection(SystemCollection.Name)]
public sealed class RetentionHoldTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_hold_is_lifted_once_every_claim_s_last_step_is_past_the_ten_years_and_a_recent_claim_keeps_its_hold()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var recent = await RejectedClaimAsync(coordinator, admin, programmeId);
        var old = await RejectedClaimAsync(coordinator, admin, programmeId);
        await Eventually.Until(() => admin.RequestErasureAsync(old.Patient), r => r.StatusCode == HttpStatusCode.Conflict, FundingApi.Delivery, "the Registry to know of the hold");

        await using (var funding = new NpgsqlConnection(system.ConnectionString("fundingdb")))
        {
            await funding.OpenAsync();
            await using var backdate = new NpgsqlCommand("UPDATE claim_transitions SET at = at - interval '10 years 1 day' WHERE claim_id = $1", funding) { Parameters = { new() { Value = old.Claim } } };
            Assert.True(await backdate.ExecuteNonQueryAsync() >= 3);
        }

        var erased = await Eventually.Until(() => admin.RequestErasureAsync(old.Patient), r => r.StatusCode == HttpStatusCode.OK, FundingApi.Delivery, "the hold to be lifted and the erasure allowed");

        // The release pass that lifted the old hold ran after both claims were decided: it kept the recent one.
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.True(await RetentionHeldAsync(recent.Patient));
        var refusal = await admin.RequestErasureAsync(recent.Patient);
        Assert.Equal(HttpStatusCode.Conflict, refusal.StatusCode);
        Assert.Contains("accounting records", refusal.Body);
    }

    private async Task<(Guid Patient, Guid Claim)> RejectedClaimAsync(HttpClient coordinator, HttpClient admin, Guid programmeId)
    {
        var patientId = await coordinator.CoveredPatientAsync();
        var claimId = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 25_000, ClaimsApi.Today.AddDays(-2))]));
        await admin.StepAsync(claimId, "rejection", new { code = "missing-documents", reason = "The prescription is missing." });
        Assert.True(await RetentionHeldAsync(patientId));
        return (patientId, claimId);
    }

    private async Task<bool> RetentionHeldAsync(Guid patientId)
    {
        await using var funding = new NpgsqlConnection(system.ConnectionString("fundingdb"));
        await funding.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT retention_held FROM coverage_accounts WHERE patient_id = $1", funding) { Parameters = { new() { Value = patientId } } };
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
