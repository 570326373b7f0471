using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class PayoutTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_claim_sent_to_payment_twice_and_concurrently_is_paid_once()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var (programmeId, first, second) = await TwoApprovedClaimsAsync(coordinator, admin);
        var run = await admin.PayoutRunAsync(first, second);
        var bankBefore = (await BankAsync(admin)).Long("creditsPosted");

        // The same key sent twice at once (a retried request): both answer with the paid claim.
        var key = Guid.NewGuid().ToString();
        var sameKey = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var payer = await system.SignInAsync("hajar.admin");
            using var response = await payer.PayAsync(run, first, key);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        Assert.All(sameKey, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Two different keys at once (two treasurers pressing "pay"): one pays, the other hears the claim is paid.
        var differentKeys = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var payer = await system.SignInAsync("hajar.admin");
            using var response = await payer.PayAsync(run, second, Guid.NewGuid().ToString());
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        Assert.Single(differentKeys, r => r.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(differentKeys, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("\"currentStatus\":\"paid\"", refused.Body);

        using var again = await admin.PayAsync(run, first, key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var paidFirst = await admin.ClaimAsync(first);
        var paidSecond = await admin.ClaimAsync(second);
        var paid = paidFirst.GetProperty("totals").Long("covered") + paidSecond.GetProperty("totals").Long("covered");
        Assert.Equal(paid, (await BankAsync(admin)).Long("creditsPosted") - bankBefore);
        Assert.Equal(1, paidFirst.GetProperty("history").EnumerateArray().Count(t => t.GetProperty("to").GetString() == "paid"));
        var fund = await admin.FundAsync(programmeId);
        Assert.Equal((paid, 0L), (fund.Long("debitsPosted"), fund.Long("debitsPending")));
        var completed = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/payout-runs/{run}");
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task A_failed_payment_returns_the_claim_to_approved_and_a_later_run_pays_it_once()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var (programmeId, claim, other) = await TwoApprovedClaimsAsync(coordinator, admin);
        var covered = (await admin.ClaimAsync(claim)).GetProperty("totals").Long("covered");
        var otherCovered = (await admin.ClaimAsync(other)).GetProperty("totals").Long("covered");
        var firstRun = await admin.PayoutRunAsync(claim);

        using var failure = await admin.PostAsJsonAsync($"/api/funding/payout-runs/{firstRun}/claims/{claim}/failure", new { reason = "Transfer returned: account closed" });
        Assert.Equal(HttpStatusCode.OK, failure.StatusCode);
        var returned = await failure.JsonAsync();
        Assert.Equal("approved", returned.GetProperty("status").GetString());
        var fund = await admin.FundAsync(programmeId);
        Assert.Equal((covered + otherCovered, 0L), (fund.Long("debitsPending"), fund.Long("debitsPosted")));
        using var failedAgain = await admin.PostAsJsonAsync($"/api/funding/payout-runs/{firstRun}/claims/{claim}/failure", new { reason = "again" });
        Assert.Equal(HttpStatusCode.Conflict, failedAgain.StatusCode);

        var secondRun = await admin.PayoutRunAsync(claim);
        using var paid = await admin.PayAsync(secondRun, claim, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        using var payInTheOldRun = await admin.PayAsync(firstRun, claim, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, payInTheOldRun.StatusCode);

        fund = await admin.FundAsync(programmeId);
        Assert.Equal((otherCovered, covered), (fund.Long("debitsPending"), fund.Long("debitsPosted")));
        Assert.Equal("completed", (await admin.GetFromJsonAsync<JsonElement>($"/api/funding/payout-runs/{firstRun}")).GetProperty("status").GetString());
        using var csv = await admin.GetAsync($"/api/funding/payout-runs/{secondRun}/export");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(claim.ToString(), text);
        Assert.Contains((covered / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), text);
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task A_patient_with_a_paid_claim_cannot_be_erased_and_the_refusal_says_why()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var (_, claim, _) = await TwoApprovedClaimsAsync(coordinator, admin);
        var patientId = (await admin.ClaimAsync(claim)).GetProperty("patientId").GetGuid();
        var run = await admin.PayoutRunAsync(claim);
        Assert.Equal(HttpStatusCode.OK, (await admin.PayAsync(run, claim, Guid.NewGuid().ToString())).StatusCode);

        var refusal = await Eventually.Until(
            () => admin.RequestErasureAsync(patientId),
            r => r.StatusCode == HttpStatusCode.Conflict,
            FundingApi.Delivery,
            "the Registry to know of Funding's retention hold");

        Assert.Contains("funding", refusal.Body);
        Assert.Contains("accounting records", refusal.Body);
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task A_paid_claim_is_undone_by_a_reversal_that_gives_the_money_back_to_the_fund_and_the_cap()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var (programmeId, claim, _) = await TwoApprovedClaimsAsync(coordinator, admin);
        var run = await admin.PayoutRunAsync(claim);
        Assert.Equal(HttpStatusCode.OK, (await admin.PayAsync(run, claim, Guid.NewGuid().ToString())).StatusCode);
        var before = await admin.FundAsync(programmeId);

        var key = Guid.NewGuid().ToString();
        using var reversal = ClaimsApi.Post($"/api/funding/claims/{claim}/reversal", new { text = "Pharmacy refunded the invoice" }, key);
        using var reversed = await admin.SendAsync(reversal);
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        Assert.Equal("reversed", (await reversed.JsonAsync()).GetProperty("status").GetString());
        using var replay = ClaimsApi.Post($"/api/funding/claims/{claim}/reversal", new { text = "Pharmacy refunded the invoice" }, key);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(replay)).StatusCode);

        var after = await admin.FundAsync(programmeId);
        var covered = (await admin.ClaimAsync(claim)).GetProperty("totals").Long("covered");
        Assert.Equal(before.Long("balance") + covered, after.Long("balance"));
        await system.AssertLedgerReconcilesAsync();
    }

    private static async Task<(Guid Programme, Guid First, Guid Second)> TwoApprovedClaimsAsync(HttpClient coordinator, HttpClient admin)
    {
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var ids = new List<Guid>();
        foreach (var price in new[] { 25_000L, 12_345L })
        {
            var id = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, price, ClaimsApi.Today.AddDays(-2))]));
            using var approval = await admin.ApproveAsync(id);
            Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
            ids.Add(id);
        }

        return (programmeId, ids[0], ids[1]);
    }

    private static async Task<JsonElement> BankAsync(HttpClient admin)
    {
        var accounts = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/accounts");
        return accounts.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "bank");
    }
}
