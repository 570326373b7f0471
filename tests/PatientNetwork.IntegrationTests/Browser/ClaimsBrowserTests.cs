using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>
/// A medicine claim's page as the approver uses it: a coordinator's claim (created and submitted
/// through the API) taken into review, approved at 80 % of what AMO left, or rejected with a code
/// and the note the family reads; a volunteer gets no decision to make.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ClaimsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_admin_takes_a_submitted_claim_into_review_approves_it_and_sees_80_percent_of_what_AMO_left_in_dirhams()
    {
        var claimId = await SubmittedClaimAsync();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/funding/claims/{claimId}");
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync("Soumise");
        await Expect(page.GetByTestId("approve")).ToHaveCountAsync(0);

        await page.GetByTestId("start-review").ClickAsync();
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync("En examen");
        await page.GetByTestId("approve").ClickAsync();

        // 2 × 400 MAD = 800 MAD, AMO paid 300 MAD: 80 % of the 500 MAD left is 400 MAD, the family keeps 100 MAD.
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync("Approuvée");
        await Expect(page.GetByTestId("claim-covered")).ToHaveTextAsync("400,00 MAD");
        await Expect(page.GetByTestId("claim-family-share")).ToHaveTextAsync("100,00 MAD");
        await Expect(page.GetByTestId("claim-decision")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("claim-fr");
    }

    [Fact]
    public async Task Rejecting_a_claim_asks_for_a_code_and_a_note_and_the_claim_then_shows_both()
    {
        var claimId = await SubmittedClaimAsync(intoReview: true);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/funding/claims/{claimId}");
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync("En examen");

        await page.GetByTestId("reject").ClickAsync();
        await Expect(page.Locator("[data-field='code']")).ToHaveTextAsync("Obligatoire.");
        await Expect(page.Locator("[data-field='reason']")).ToHaveTextAsync("Obligatoire.");

        await page.Locator("#f-code").SelectOptionAsync("missing-documents");
        await page.Locator("#f-reason").FillAsync("L'ordonnance du Dr Alaoui manque au dossier.");
        await page.GetByTestId("reject").ClickAsync();

        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync("Rejetée");
        await Expect(page.GetByTestId("rejection-code")).ToHaveTextAsync("Facture ou ordonnance manquante");
        await Expect(page.GetByTestId("rejection-reason")).ToHaveTextAsync("L'ordonnance du Dr Alaoui manque au dossier.");
        await Expect(page.GetByTestId("claim-decision")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_volunteer_gets_no_approve_button_and_the_submitter_is_refused_by_the_four_eyes_rule()
    {
        var claimId = await SubmittedClaimAsync(intoReview: true);
        var volunteer = await chromium.OpenAsync(system, "fr");
        await volunteer.SignInAsync(system, "hajar.volunteer");
        await volunteer.GoAsync($"/funding/claims/{claimId}");
        await Expect(volunteer.GetByTestId("claim-forbidden")).ToHaveTextAsync("Votre rôle ne donne pas accès à cette liste.");
        await Expect(volunteer.GetByTestId("approve")).ToHaveCountAsync(0);

        var submitter = await chromium.OpenAsync(system, "fr");
        await submitter.SignInAsync(system, "hajar.coordinator");
        await submitter.GoAsync($"/funding/claims/{claimId}");
        await submitter.GetByTestId("approve").ClickAsync();
        await Expect(submitter.GetByTestId("claim-message")).ToHaveTextAsync("Vous ne pouvez pas décider d'une demande que vous avez créée ou soumise.");
        await Expect(submitter.GetByTestId("claim-status")).ToHaveTextAsync("En examen");
    }

    /// <summary>A claim of a new covered patient under a programme of its own, created and submitted by hajar.coordinator.</summary>
    private async Task<Guid> SubmittedClaimAsync(bool intoReview = false)
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(fundCentimes: 1_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var claim = ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("Immunoglobulines humaines normales", "J06BA02", 2, 40_000, ClaimsApi.Today, otherPayer: 30_000)]);
        if (intoReview)
        {
            return await coordinator.ClaimInReviewAsync(admin, claim);
        }

        var id = await coordinator.CreateClaimAsync(claim);
        await coordinator.StepAsync(id, "submission");
        return id;
    }
}
