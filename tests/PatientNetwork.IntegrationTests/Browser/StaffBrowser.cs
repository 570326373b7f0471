using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>What the browser tests do as a person would: open the web app at the gateway's address, choose a language, sign in.</summary>
public static class StaffBrowser
{
    public static readonly string[] Languages = ["ar", "fr", "en"];

    private static readonly Dictionary<string, string> Cultures = new(StringComparer.Ordinal) { ["ar"] = "ar-MA", ["fr"] = "fr-MA", ["en"] = "en-MA" };

    /// <summary>A fresh context (no cookies) at the gateway, in the given language as the language switch would remember it.</summary>
    public static async Task<IPage> OpenAsync(this Chromium chromium, PatientNetworkFixture system, string language = "fr", ViewportSize? viewport = null)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.GatewayUrl.ToString().TrimEnd('/'),
            ViewportSize = viewport ?? Chromium.Desktop,
            Locale = Cultures[language],
        });
        var culture = Cultures[language];
        await context.AddCookiesAsync([new Cookie { Name = "pn.language", Value = $"c={culture}|uic={culture}", Url = system.GatewayUrl.ToString() }]);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Signs in on the sign-in page and waits for the interactive home page.</summary>
    public static async Task SignInAsync(this IPage page, PatientNetworkFixture system, string login)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync(system.Secrets.DemoStaffPassword);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex("^(?!.*/account/).*$"));
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>The circuit is up when the layout says so: before that, a click would go nowhere.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("main[data-interactive='true']").WaitForAsync();

    public static async Task GoAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Overwrites docs/screenshots/{name}.png in the repository (PNG, the viewport only, so the files stay small).</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = false, Type = ScreenshotType.Png });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PatientNetwork.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PatientNetwork.sln not found above the test assembly.");
    }
}
