using System.Net;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class ClaimLimitsTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Twenty_concurrent_approvals_never_take_a_patient_past_the_annual_cap_nor_the_programme_past_its_budget()
    {
        const long cap = 150_000;
        const long budget = 300_000;
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000, annualCapCentimes: cap, budgetCentimes: budget);
        var patients = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            patients.Add(await coordinator.CoveredPatientAsync());
        }

        // 20 claims of 1,000 MAD (800 MAD covered each if nothing limited them): 16,000 MAD asked of a 3,000 MAD budget.
        var claims = new List<(Guid Claim, Guid Patient)>();
        foreach (var patient in patients)
        {
            for (var i = 0; i < 5; i++)
            {
                var claim = ClaimsApi.Claim(patient, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 100_000, ClaimsApi.Today.AddDays(-1))]);
                claims.Add((await coordinator.ClaimInReviewAsync(admin, claim), patient));
            }
        }

        var approvals = await Task.WhenAll(claims.Select(async c =>
        {
            using var approver = await system.SignInAsync("hajar.admin");
            using var response = await approver.ApproveAsync(c.Claim);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (c.Patient, Body: await response.JsonAsync());
        }));

        long Covered(JsonElement claim) => claim.GetProperty("totals").TryGetProperty("covered", out var covered) && covered.ValueKind == JsonValueKind.Number ? covered.GetInt64() : 0;
        var total = approvals.Sum(a => Covered(a.Body));
        Assert.Equal(budget, total);
        Assert.All(approvals.GroupBy(a => a.Patient), perPatient => Assert.True(perPatient.Sum(a => Covered(a.Body)) <= cap, $"patient {perPatient.Key} got {perPatient.Sum(a => Covered(a.Body))}"));
        Assert.Contains(approvals, a => a.Body.GetProperty("status").GetString() == "rejected");
        var fund = await admin.FundAsync(programmeId);
        Assert.Equal(budget, fund.Long("debitsPending"));
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task The_submitter_cannot_approve_and_a_coordinator_cannot_approve_above_the_admin_threshold()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(10_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var own = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));

        using var byItsSubmitter = await coordinator.ApproveAsync(own);
        Assert.Equal(HttpStatusCode.Forbidden, byItsSubmitter.StatusCode);

        // Submitted by the admin, reviewed and approved by the coordinator: 8,000 MAD covered is above the 5,000 MAD a coordinator may approve.
        var large = await admin.CreateClaimAsync(ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 1_000_000, ClaimsApi.Today)]));
        await admin.StepAsync(large, "submission");
        await coordinator.StepAsync(large, "review");
        using var aboveThreshold = await coordinator.ApproveAsync(large);
        Assert.Equal(HttpStatusCode.Forbidden, aboveThreshold.StatusCode);
        Assert.Equal("in-review", (await coordinator.ClaimAsync(large)).GetProperty("status").GetString());
        await system.AssertLedgerReconcilesAsync();
    }
}
