using System.Net;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>A family's statement of the year: what was claimed, covered, left to the family and paid, as a coordinator reads it to a parent.</summary>
[Collection(SystemCollection.Name)]
public sealed class StatementBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_reads_a_family_s_statement_in_MAD_and_an_earlier_year_without_claims()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await admin.CreateFundedProgrammeAsync(1_000_000);
        var patientId = await coordinator.CoveredPatientAsync();
        var invoice = $"F-{Guid.NewGuid():N}"[..14];
        // 500 MAD at 80 %: 400 MAD covered, 100 MAD left to the family.
        var claimId = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(patientId, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 50_000, ClaimsApi.Today.AddDays(-1))], invoice));
        using (var approval = await admin.ApproveAsync(claimId))
        {
            Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        }

        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/funding/coverage-accounts");
        await Expect(page.GetByTestId("coverage-accounts").Locator("a[href^='/funding/statements/']").First).ToHaveTextAsync("Relevé");

        await page.GoAsync($"/funding/statements/{patientId}");
        var totals = page.GetByTestId("statement-totals");
        await Expect(totals).ToContainTextAsync("500,00 MAD");
        await Expect(totals).ToContainTextAsync("400,00 MAD");
        await Expect(totals).ToContainTextAsync("100,00 MAD");
        var claims = page.GetByTestId("statement-claims").Locator("tbody tr");
        await Expect(claims).ToHaveCountAsync(1);
        await Expect(claims).ToContainTextAsync(invoice);
        await Expect(claims).ToContainTextAsync("Pharmacie Atlas");
        await page.ScreenshotAsync("statement-fr");

        await page.GetByTestId("previous-year").ClickAsync();
        await Expect(page.GetByText("Aucune demande pour ce patient avec une facture de cette année.")).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync((ClaimsApi.Today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_volunteer_gets_no_statement_link_and_no_statement()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patientId = await coordinator.CoveredPatientAsync();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync("/funding/coverage-accounts");
        await Expect(page.GetByTestId("coverage-accounts")).ToBeVisibleAsync();
        await Expect(page.Locator("a[href^='/funding/statements/']")).ToHaveCountAsync(0);

        await page.GoAsync($"/funding/statements/{patientId}");
        await Expect(page.GetByText("Votre rôle ne donne pas accès à cette liste.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("statement-totals")).ToHaveCountAsync(0);
    }
}
