using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The statistics screen: the association's own counts beside the release partners read.</summary>
[Collection(SystemCollection.Name)]
public sealed class StatisticsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_sees_a_new_patient_in_the_own_counts_and_the_small_cell_hidden_in_the_published_release()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var partner = system.Anonymous();
        const string group = "leukemia";
        const string region = "guelmim-oued-noun";
        await staff.RegisterPatientAsync(Api.NewPatient(region, group));
        await Eventually.Until(() => partner.StatisticsCellAsync(group, region), cell => cell is not null, TimeSpan.FromSeconds(30), "a release with the patient");

        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/statistics");

        var own = page.GetByTestId("own-counts").Locator("tr", new() { HasText = "Guelmim-Oued Noun" }).Filter(new() { HasText = "Leucémie" });
        await Expect(own).ToHaveCountAsync(1);
        var published = page.GetByTestId("published-cells").Locator("tr", new() { HasText = "Guelmim-Oued Noun" }).Filter(new() { HasText = "Leucémie" });
        await Expect(published).ToContainTextAsync("masqué");
        await Expect(page.GetByTestId("release")).ToContainTextAsync("Publication");
        await Expect(page.GetByTestId("published-age-sex").Locator("tr.pn-total", new() { HasText = "Féminin" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("statistics-fr");
    }
}
