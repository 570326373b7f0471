using System.Net;
using PatientNetwork.IntegrationTests.Generated;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>
/// Funding's records for the generated tenancy suite: a Hajar programme (also its report), ledger
/// account and transaction, claim and payout run, tried with an AMAL token; and a Casablanca-Settat
/// branch claim of AMAL, tried with the Marrakech-Safi branch's token.
/// </summary>
internal static class FundingTenantRecords
{
    public static async Task<IReadOnlyList<TenantRecord>> SeedAsync(PatientNetworkFixture system)
    {
        using var hajarAdmin = await system.SignInAsync("hajar.admin");
        using var hajar = await system.SignInAsync("hajar.coordinator");
        using var amalAdmin = await system.SignInAsync("amal.admin");
        using var casablanca = await system.SignInAsync("amal.casablanca");

        var programmeId = await hajarAdmin.CreateFundedProgrammeAsync(0);
        var programme = await hajarAdmin.GetStringAsync($"/api/funding/programmes/{programmeId}");
        var programmeName = System.Text.Json.JsonDocument.Parse(programme).RootElement.GetProperty("name").GetString()!;
        var receipt = await hajarAdmin.ReceiveAsync(programmeId, 1_000_000);
        var transactionId = receipt.GetProperty("id").GetGuid();
        var fund = await hajarAdmin.FundAsync(programmeId);

        var patientId = await hajar.CoveredPatientAsync();
        var pharmacy = $"Pharmacie {Api.RandomName()}";
        var claimId = await hajar.ClaimInReviewAsync(hajarAdmin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)], pharmacy: pharmacy));
        var paidPharmacy = $"Pharmacie {Api.RandomName()}";
        var scheduled = await hajar.ClaimInReviewAsync(hajarAdmin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)], pharmacy: paidPharmacy));
        using (var approval = await hajarAdmin.ApproveAsync(scheduled))
        {
            Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        }

        var runId = await hajarAdmin.PayoutRunAsync(scheduled);

        var amalProgramme = await amalAdmin.CreateFundedProgrammeAsync(0);
        var branchPatient = await casablanca.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        await casablanca.AccountAsync(branchPatient);
        var branchPharmacy = $"Pharmacie {Api.RandomName()}";
        var branchClaim = await casablanca.CreateClaimAsync(ClaimsApi.Claim(branchPatient, amalProgramme, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)], pharmacy: branchPharmacy));

        return
        [
            new(programmeId, programmeName, ["/api/funding/programmes", "/api/funding/reports/programmes"], "hajar.admin", "amal.admin", $"/api/funding/programmes/{programmeId}"),
            new(fund.GetProperty("id").GetGuid(), programmeName, ["/api/funding/ledger/accounts"], "hajar.admin", "amal.admin", $"/api/funding/ledger/accounts/{fund.GetProperty("id").GetGuid()}"),
            new(transactionId, "Grant from a test foundation", ["/api/funding/ledger/transactions"], "hajar.admin", "amal.admin", $"/api/funding/ledger/transactions/{transactionId}"),
            new(claimId, pharmacy, ["/api/funding/claims"], "hajar.coordinator", "amal.admin", $"/api/funding/claims/{claimId}"),
            new(runId, paidPharmacy, ["/api/funding/payout-runs"], "hajar.admin", "amal.admin", $"/api/funding/payout-runs/{runId}"),
            new(branchClaim, branchPharmacy, ["/api/funding/claims"], "amal.casablanca", "amal.marrakech", $"/api/funding/claims/{branchClaim}"),
        ];
    }
}
