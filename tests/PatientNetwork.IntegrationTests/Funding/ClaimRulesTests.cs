using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class ClaimRulesTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_same_invoice_of_the_same_pharmacy_claimed_twice_at_once_is_refused_once_naming_the_existing_claim()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var patientId = await coordinator.CoveredPatientAsync();
        var claim = ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)], invoiceNumber: $"F-{Api.RandomName()}");

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var staff = await system.SignInAsync("hajar.coordinator");
            using var response = await staff.PostAsJsonAsync("/api/funding/claims", claim);
            return (response.StatusCode, Body: await response.JsonAsync());
        }));

        var created = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var duplicate = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(created.Body.GetProperty("id").GetGuid(), duplicate.Body.GetProperty("existingClaimId").GetGuid());
    }

    [Fact]
    public async Task A_step_the_claim_s_state_does_not_allow_answers_409_naming_the_state_and_changes_nothing()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var patientId = await coordinator.CoveredPatientAsync();
        var claimId = await coordinator.CreateClaimAsync(ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));

        using var approval = await admin.ApproveAsync(claimId);

        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        Assert.Equal("application/problem+json", approval.Content.Headers.ContentType?.MediaType);
        Assert.Equal("draft", (await approval.JsonAsync()).GetProperty("currentStatus").GetString());
        var claim = await coordinator.ClaimAsync(claimId);
        Assert.Equal("draft", claim.GetProperty("status").GetString());
        Assert.Single(claim.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task A_rejected_claim_is_resubmitted_as_a_new_linked_claim_with_the_same_invoice()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var patientId = await coordinator.CoveredPatientAsync();
        var claimId = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));
        var rejected = await admin.StepAsync(claimId, "rejection", new { code = "missing-documents", reason = "The prescription is missing." });
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());

        using var resubmission = await coordinator.PostAsJsonAsync($"/api/funding/claims/{claimId}/resubmission", new { });
        Assert.Equal(HttpStatusCode.Created, resubmission.StatusCode);
        var created = await resubmission.JsonAsync();
        Assert.Equal(claimId, created.GetProperty("resubmissionOfId").GetGuid());
        Assert.Equal(rejected.GetProperty("invoiceNumber").GetString(), created.GetProperty("invoiceNumber").GetString());
        Assert.Equal(created.GetProperty("id").GetGuid(), (await coordinator.ClaimAsync(claimId)).GetProperty("resubmittedAsId").GetGuid());
    }

    [Fact]
    public async Task An_attachment_is_kept_only_when_its_content_is_a_PDF_JPEG_or_PNG()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var patientId = await coordinator.CoveredPatientAsync();
        var claimId = await coordinator.CreateClaimAsync(ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));
        byte[] pdf = [.. "%PDF-1.7\n%scan of the invoice\n"u8];

        using var disguised = await coordinator.PostAsJsonAsync($"/api/funding/claims/{claimId}/attachments",
            new { kind = "invoice", fileName = "invoice.pdf", contentBase64 = Convert.ToBase64String("MZ this is a program"u8.ToArray()) });
        using var real = await coordinator.PostAsJsonAsync($"/api/funding/claims/{claimId}/attachments",
            new { kind = "invoice", fileName = "invoice.pdf", contentBase64 = Convert.ToBase64String(pdf) });

        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Equal(HttpStatusCode.Created, real.StatusCode);
        var attachmentId = (await real.JsonAsync()).GetProperty("id").GetGuid();
        using var file = await coordinator.GetAsync($"/api/funding/claims/{claimId}/attachments/{attachmentId}");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_AMAL_token_sees_no_Hajar_claim_and_a_volunteer_sees_no_claim_at_all()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        using var amal = await system.SignInAsync("amal.admin");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var programmeId = await admin.CreateFundedProgrammeAsync(0);
        var patientId = await coordinator.CoveredPatientAsync();
        var claimId = await coordinator.CreateClaimAsync(ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 10_000, ClaimsApi.Today)]));

        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"/api/funding/claims/{claimId}")).StatusCode);
        var amalList = await amal.GetFromJsonAsync<JsonElement>($"/api/funding/claims?patientId={patientId}");
        Assert.Equal(0, amalList.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"/api/funding/coverage-accounts/{patientId}/statement")).StatusCode);
        Assert.DoesNotContain(programmeId.ToString("N"), await amal.GetStringAsync("/api/funding/ledger/accounts"));
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync($"/api/funding/claims/{claimId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/funding/claims")).StatusCode);

        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/funding/audit?patientId={patientId}");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("claim.created", actions);
        Assert.DoesNotContain(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("staffLogin").GetString()!.StartsWith("amal", StringComparison.Ordinal));
    }
}
