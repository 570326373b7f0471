using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>What the claim tests do through the gateway, as the staff app and the treasurer would.</summary>
internal static class ClaimsApi
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A programme of its own for one test (its own budget, cap and fund), funded with <paramref name="fundCentimes"/>.</summary>
    public static async Task<Guid> CreateFundedProgrammeAsync(
        this HttpClient admin, long fundCentimes, long? annualCapCentimes = null, long budgetCentimes = 100_000_000, object[]? medicines = null, string basis = "remainder-after-other-payer")
    {
        using var created = await admin.PostAsJsonAsync("/api/funding/programmes", new
        {
            name = $"Test programme {Api.RandomName()}",
            rateBasisPoints = 8_000,
            basis,
            validFrom = new DateOnly(Today.Year - 1, 1, 1),
            annualCapPerPatientCentimes = annualCapCentimes,
            annualBudgetCentimes = budgetCentimes,
            currency = "MAD",
            eligibleMedicines = medicines ?? [new { name = "Immunoglobulines humaines normales", atcCode = "J06BA" }],
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var programmeId = (await created.JsonAsync()).GetProperty("id").GetGuid();
        if (fundCentimes > 0)
        {
            await admin.ReceiveAsync(programmeId, fundCentimes);
        }

        return programmeId;
    }

    public static async Task<JsonElement> ReceiveAsync(this HttpClient admin, Guid? programmeId, long centimes, string? key = null)
    {
        using var request = Post("/api/funding/ledger/receipts", new { amountCentimes = centimes, currency = "MAD", programmeId, method = "bank-transfer", memo = "Grant from a test foundation" }, key ?? Guid.NewGuid().ToString());
        using var response = await admin.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A Hajar patient who consented to medicine funding at registration, once Funding has opened the account.</summary>
    public static async Task<Guid> CoveredPatientAsync(this HttpClient coordinator)
    {
        var patientId = await coordinator.RegisterPatientAsync(FundingApi.PatientConsentingToFunding());
        var account = await coordinator.AccountAsync(patientId);
        Assert.Equal("active", account.Status());
        return patientId;
    }

    public static object Line(string medicine, string? atc, int quantity, long unitPrice, DateOnly dispensedOn, long otherPayer = 0) =>
        new { medicine, atcCode = atc, quantity, unitPriceCentimes = unitPrice, dispensedOn, otherPayerCentimes = otherPayer };

    public static object Claim(Guid patientId, Guid programmeId, object[] lines, string? invoiceNumber = null, string pharmacy = "Pharmacie Atlas") => new
    {
        patientId,
        programmeId,
        pharmacy = new { name = pharmacy, city = "Casablanca" },
        invoiceNumber = invoiceNumber ?? $"F-{Guid.NewGuid():N}"[..20],
        invoiceDate = Today,
        prescriptionReference = "ORD-2026-17",
        currency = "MAD",
        lines,
    };

    public static async Task<Guid> CreateClaimAsync(this HttpClient coordinator, object claim)
    {
        using var response = await coordinator.PostAsJsonAsync("/api/funding/claims", claim);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Created and submitted by the coordinator, taken into review by the admin: ready for an approval by anyone but the coordinator.</summary>
    public static async Task<Guid> ClaimInReviewAsync(this HttpClient coordinator, HttpClient admin, object claim)
    {
        var id = await coordinator.CreateClaimAsync(claim);
        await coordinator.StepAsync(id, "submission");
        await admin.StepAsync(id, "review");
        return id;
    }

    public static async Task<JsonElement> StepAsync(this HttpClient staff, Guid claimId, string step, object? body = null)
    {
        using var response = await staff.PostAsJsonAsync($"/api/funding/claims/{claimId}/{step}", body ?? new { });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static HttpRequestMessage Post(string path, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    public static async Task<HttpResponseMessage> ApproveAsync(this HttpClient approver, Guid claimId, string? key = null)
    {
        using var request = Post($"/api/funding/claims/{claimId}/approval", new { }, key ?? Guid.NewGuid().ToString());
        return await approver.SendAsync(request);
    }

    public static async Task<Guid> PayoutRunAsync(this HttpClient admin, params Guid[] claimIds)
    {
        using var request = Post("/api/funding/payout-runs", new { payee = "pharmacy", method = "bank-transfer", claimIds }, Guid.NewGuid().ToString());
        using var response = await admin.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> PayAsync(this HttpClient admin, Guid runId, Guid claimId, string key)
    {
        using var request = Post($"/api/funding/payout-runs/{runId}/claims/{claimId}/payment", new { reference = "VIR-2026-0001" }, key);
        return await admin.SendAsync(request);
    }

    public static async Task<JsonElement> ClaimAsync(this HttpClient staff, Guid claimId) =>
        await staff.GetFromJsonAsync<JsonElement>($"/api/funding/claims/{claimId}");

    public static async Task<JsonElement> FundAsync(this HttpClient admin, Guid programmeId)
    {
        var accounts = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/accounts");
        return accounts.EnumerateArray().Single(a => a.GetProperty("code").GetString() == $"programme-fund:{programmeId:N}");
    }

    public static long Long(this JsonElement element, string property) => element.GetProperty(property).GetInt64();

    /// <summary>A parent's erasure request for the patient, as the Registry answers it (refused with a reason while a retention hold stands).</summary>
    public static async Task<(HttpStatusCode StatusCode, string Body)> RequestErasureAsync(this HttpClient admin, Guid patientId)
    {
        using var response = await admin.PostAsJsonAsync($"/api/registry/patients/{patientId}/erasure", new { reason = "Mother's written request of 2 December" });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The ledger check every claim test ends with: debits = credits, and stored balances = balances recomputed from the postings.</summary>
    public static async Task AssertLedgerReconcilesAsync(this PatientNetworkFixture system)
    {
        foreach (var login in new[] { "hajar.admin", "amal.admin" })
        {
            using var admin = await system.SignInAsync(login);
            var reconciliation = await admin.GetFromJsonAsync<JsonElement>("/api/funding/ledger/reconciliation");
            Assert.True(reconciliation.GetProperty("reconciled").GetBoolean(), $"{login}'s ledger does not reconcile: {reconciliation}");
            var posted = reconciliation.GetProperty("posted");
            Assert.Equal(posted.Long("debits"), posted.Long("credits"));
        }
    }
}
