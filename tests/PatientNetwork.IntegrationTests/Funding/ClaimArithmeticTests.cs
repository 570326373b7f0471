using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class ClaimArithmeticTests(PatientNetworkFixture system)
{
    private static readonly DateOnly Dispensed = ClaimsApi.Today.AddDays(-10);

    /// <summary>docs/funding.md, "A worked example": the same programme terms, the same invoice, the same centimes.</summary>
    private static object[] WorkedExampleLines =>
    [
        ClaimsApi.Line("Immunoglobulines IV 5 g", "J06BA02", 2, 123_457, Dispensed, otherPayer: 100_000),
        ClaimsApi.Line("Cotrimoxazole 400 mg", "J01EE01", 3, 4_599, Dispensed),
        ClaimsApi.Line("Vitamine D3", "A11CC05", 1, 3_000, Dispensed),
    ];

    private static readonly object[] WorkedExampleMedicines =
    [
        new { name = "Immunoglobulines humaines normales", atcCode = "J06BA" },
        new { name = "Cotrimoxazole", atcCode = "J01EE01", referenceUnitPriceCentimes = 4_000 },
    ];

    [Fact]
    public async Task The_worked_example_is_simulated_then_decided_to_the_centime_and_its_covered_amount_reserved_in_the_fund()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000, annualCapCentimes: 120_000, medicines: WorkedExampleMedicines);
        var patientId = await coordinator.CoveredPatientAsync();
        var claim = ClaimsApi.Claim(patientId, programmeId, WorkedExampleLines);

        using var simulated = await coordinator.PostAsJsonAsync("/api/funding/claims/simulation", claim);
        Assert.Equal(HttpStatusCode.OK, simulated.StatusCode);
        AssertWorkedExampleTotals((await simulated.JsonAsync()).GetProperty("totals"));

        var claimId = await coordinator.ClaimInReviewAsync(admin, claim);
        using var approval = await admin.ApproveAsync(claimId);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var decided = await approval.JsonAsync();

        Assert.Equal("partially-approved", decided.GetProperty("status").GetString());
        AssertWorkedExampleTotals(decided.GetProperty("totals"));
        var lines = decided.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([117_531L, 2_469L, 0L], lines.Select(l => l.Long("coveredCentimes")));
        Assert.Equal(1_797, lines[1].GetProperty("reductions").Long("aboveReferencePrice"));
        Assert.Equal(7_131, lines[1].GetProperty("reductions").Long("annualCapReached"));
        Assert.Equal("medicine-not-eligible", lines[2].GetProperty("notEligibleReason").GetString());
        Assert.Equal(1, decided.GetProperty("programmeVersion").GetInt32());

        var fund = await admin.FundAsync(programmeId);
        Assert.Equal(120_000, fund.Long("debitsPending"));
        Assert.Equal(1_000_000 - 120_000, fund.Long("available"));

        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/reports/programmes/{programmeId}?year={Dispensed.Year}");
        var total = report.GetProperty("total");
        Assert.Equal((263_711L, 158_914L, 120_000L, 31_783L, 0L), (total.Long("claimedCentimes"), total.Long("eligibleCentimes"), total.Long("coveredCentimes"), total.Long("familyShareCentimes"), total.Long("paidCentimes")));
        Assert.Equal(0.7551m, total.GetProperty("realShare").GetDecimal());
        Assert.Equal(0.8m, report.GetProperty("promisedShare").GetDecimal());
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal(("casablanca-settat", "primary-immunodeficiency"), (row.GetProperty("regionCode").GetString(), row.GetProperty("diagnosisGroup").GetString()));
        var csv = await admin.GetStringAsync($"/api/funding/reports/programmes/{programmeId}/export?year={Dispensed.Year}");
        Assert.Contains(string.Join(",", new[] { "casablanca-settat", "primary-immunodeficiency", "1", "2637.11", "1589.14", "1200.00", "317.83", "0.00", "0.7551", "0.8000" }.Select(cell => $"\"{cell}\"")), csv);

        var statement = await coordinator.GetFromJsonAsync<JsonElement>($"/api/funding/coverage-accounts/{patientId}/statement?year={ClaimsApi.Today.Year}");
        Assert.Equal((263_711L, 120_000L, 0L), (statement.Long("claimedCentimes"), statement.Long("coveredCentimes"), statement.Long("paidCentimes")));
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task A_programme_change_makes_a_new_version_and_a_claim_decided_before_keeps_its_version_and_amounts()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var first = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, Dispensed)]));
        Assert.Equal(HttpStatusCode.OK, (await admin.ApproveAsync(first)).StatusCode);

        var programme = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/programmes/{programmeId}");
        using var changed = await admin.PutAsJsonAsync($"/api/funding/programmes/{programmeId}", new
        {
            name = programme.GetProperty("name").GetString(),
            rateBasisPoints = 5_000,
            validFrom = programme.GetProperty("validFrom").GetString(),
            annualBudgetCentimes = 100_000_000,
            eligibleMedicines = new[] { new { name = "IgG", atcCode = "J06BA" } },
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await changed.JsonAsync()).GetProperty("version").GetInt32());
        var second = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, Dispensed)]));
        using var secondApproval = await admin.ApproveAsync(second);

        var firstNow = await coordinator.ClaimAsync(first);
        Assert.Equal((1, 8_000L), (firstNow.GetProperty("programmeVersion").GetInt32(), firstNow.GetProperty("totals").Long("covered")));
        var secondDecided = await secondApproval.JsonAsync();
        Assert.Equal((2, 5_000L), (secondDecided.GetProperty("programmeVersion").GetInt32(), secondDecided.GetProperty("totals").Long("covered")));
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>($"/api/funding/programmes/{programmeId}/versions")).GetArrayLength());
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task Medicines_dispensed_after_the_medicine_funding_consent_is_withdrawn_are_not_covered_and_those_before_still_are()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        await coordinator.RecordConsentAsync(patientId, "medicine-funding", given: false);
        await coordinator.AccountWhenAsync(patientId, a => a.Status() == "suspended", "the account to be suspended by the withdrawal");

        var claimId = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId,
        [
            ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today.AddDays(-3)),
            ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today),
        ]));
        using var approval = await admin.ApproveAsync(claimId);
        var decided = await approval.JsonAsync();

        var lines = decided.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(8_000, lines[0].Long("coveredCentimes"));
        Assert.Equal(0, lines[1].Long("coveredCentimes"));
        Assert.Equal("no-medicine-funding-consent-on-dispensing-date", lines[1].GetProperty("notEligibleReason").GetString());
        Assert.Equal("partially-approved", decided.GetProperty("status").GetString());
        await system.AssertLedgerReconcilesAsync();
    }

    private static void AssertWorkedExampleTotals(JsonElement totals)
    {
        Assert.Equal(263_711, totals.Long("claimed"));
        Assert.Equal(100_000, totals.Long("otherPayer"));
        Assert.Equal(120_000, totals.Long("covered"));
        Assert.Equal(31_783, totals.Long("familyShare"));
        Assert.Equal(11_928, totals.Long("reductions"));
        Assert.Equal(totals.Long("claimed"), totals.Long("otherPayer") + totals.Long("covered") + totals.Long("familyShare") + totals.Long("reductions"));
    }
}
