using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>
/// The automated part of WCAG 2.2 AA: axe-core's rules tagged for levels A and AA of WCAG 2.0, 2.1 and 2.2 (labels,
/// contrast, names of buttons and links, landmarks, language of the page…) on the main screens, in French and in
/// right-to-left Arabic, on a desktop and on a phone. What axe cannot judge (the order of focus, meaningful texts) is
/// checked by hand (docs/webapp.md, accessibility).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AccessibilityBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData("fr", false)]
    [InlineData("ar", true)]
    public async Task The_main_screens_of_an_admin_have_no_WCAG_AA_violation_axe_can_find(string language, bool phone)
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patientId = await coordinator.CoveredPatientAsync();
        // An erased identity at the top of the patient list: its row has no name to link with.
        using (var admin = await system.SignInAsync("hajar.admin"))
        {
            var erased = await coordinator.RegisterPatientAsync(Api.NewPatient());
            Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.RequestErasureAsync(erased)).StatusCode);
        }

        var page = await chromium.OpenAsync(system, language, phone ? Chromium.Phone : null);
        var violations = new StringBuilder();
        await page.GotoAsync("/account/sign-in");
        await CheckAsync(page, "/account/sign-in", violations);
        await AxeSeesAnImageWithoutTextAsync(page);

        await page.SignInAsync(system, "hajar.admin");
        foreach (var path in new[]
        {
            "/", "/patients", "/patients/new", $"/patients/{patientId}", "/patients/import", "/funding/coverage-accounts", "/funding/claims",
            $"/funding/statements/{patientId}", "/donations/donors", "/donations/campaigns", "/equipment/stock", "/events", "/blood-drives",
            "/partners", "/statistics", "/audit", "/staff", "/account/password",
        })
        {
            await page.GoAsync(path);
            await CheckAsync(page, path, violations);
        }

        Assert.True(violations.Length == 0, $"axe found WCAG A/AA violations ({language}):\n{violations}");
    }

    /// <summary>That axe runs under the app's content-security policy and would report a violation here: an image without a text alternative.</summary>
    private static async Task AxeSeesAnImageWithoutTextAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.querySelector('main').appendChild(document.createElement('img'))");
        var result = await page.RunAxe(WcagAA);
        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        await page.ReloadAsync();
    }

    private static async Task CheckAsync(IPage page, string path, StringBuilder violations)
    {
        // Lists load after the first render: measure the screen as the person sees it, not its loading bar.
        await Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {path}");
        foreach (var violation in result.Violations)
        {
            violations.AppendLine(CultureInfo.InvariantCulture, $"{path}: {violation.Id} ({violation.Impact}) {violation.Help}");
            foreach (var node in violation.Nodes.Take(3))
            {
                violations.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target} {node.Html}");
            }
        }
    }
}
