using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>
/// The web app runs whole under its content-security policy: signing in and the main screens raise no violation,
/// while a script injected into the page (as an XSS would) is refused and reported.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    // Before any page script: every violation the browser reports is kept where the test can read it.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [Fact]
    public async Task Signing_in_and_the_main_screens_raise_no_violation_and_an_injected_script_is_refused()
    {
        var page = await chromium.OpenAsync(system, "fr");
        await page.Context.AddInitScriptAsync(RecordViolations);
        var response = await page.GotoAsync("/account/sign-in");
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(policy);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);

        await page.SignInAsync(system, "hajar.coordinator", fresh: true);
        await Expect(page.GetByTestId("patients-total")).ToBeVisibleAsync();
        Assert.Empty(await ViolationsAsync(page));
        foreach (var path in new[] { "/patients", "/donations/donors", "/events" })
        {
            await page.GoAsync(path);
            Assert.Empty(await ViolationsAsync(page));
        }

        var ran = await page.EvaluateAsync<bool>("""
            () => {
                window.__injected = false;
                const script = document.createElement('script');
                script.textContent = 'window.__injected = true;';
                document.body.appendChild(script);
                return window.__injected;
            }
            """);

        Assert.False(ran, "an inline script ran despite script-src 'self'");
        var reported = await page.WaitForFunctionAsync("() => window.__violations.length > 0 ? window.__violations : null");
        Assert.Contains("script-src", (await reported.JsonValueAsync<string[]>()).Single(), StringComparison.Ordinal);
    }

    private static Task<string[]> ViolationsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__violations");
}
