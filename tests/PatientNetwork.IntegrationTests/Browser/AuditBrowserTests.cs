using System.Text.RegularExpressions;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The Registry's audit trail in the web app: who read which record, for admins only.</summary>
[Collection(SystemCollection.Name)]
public sealed class AuditBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_admin_finds_their_own_read_of_a_patients_record_at_the_top_of_the_audit_trail()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var id = await coordinator.RegisterPatientAsync(Api.NewPatient());
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/patients/{id}");
        await Expect(page.GetByTestId("patient-name")).ToBeVisibleAsync();

        await page.GoAsync("/audit");

        // Newest first: the read just done is on the first page, by hajar.admin, in the user's language.
        var read = page.GetByTestId("audit").Locator("tbody tr")
            .Filter(new() { Has = page.Locator($"a[href='/patients/{id}']") })
            .Filter(new() { HasText = "Dossier consulté" });
        await Expect(read.First).ToContainTextAsync("hajar.admin");
        var registered = page.GetByTestId("audit").Locator("tbody tr")
            .Filter(new() { Has = page.Locator($"a[href='/patients/{id}']") })
            .Filter(new() { HasText = "Dossier inscrit" });
        await Expect(registered).ToContainTextAsync("hajar.coordinator");
    }

    [Fact]
    public async Task A_coordinator_has_no_audit_trail_in_the_menu_and_is_sent_home_from_its_address()
    {
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");
        await Expect(page.Locator("nav").GetByText("Journal d'audit")).ToHaveCountAsync(0);

        await page.GotoAsync("/audit");

        await Expect(page).ToHaveURLAsync(new Regex(@"^https?://[^/]+/(\?.*)?$"));
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("audit")).ToHaveCountAsync(0);
    }
}
