using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>What the browser tests do as a person would: open the web app at the gateway's address, choose a language, sign in.</summary>
public static class StaffBrowser
{
    public static readonly string[] Languages = ["ar", "fr", "en"];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Cookie> SignedIn = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Signed in as the demo login: through the sign-in page (password, then the authenticator's code
    /// for roles that need one) the first time in the run, or when <paramref name="fresh"/>; otherwise
    /// with the web app's cookie from that sign-in, so the tests do not spend a new TOTP code (each is
    /// accepted once) on every page they open.
    /// </summary>
    public static async Task SignInAsync(this IPage page, PatientNetworkFixture system, string login, bool fresh = false)
    {
        if (!fresh && SignedIn.TryGetValue(login, out var cookie))
        {
            await page.Context.AddCookiesAsync([cookie]);
            await page.GoAsync("/");
            return;
        }

        await page.GotoAsync("/account/sign-in");
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync(system.Secrets.DemoStaffPassword);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.Locator("main[data-interactive='true'], #code").First.WaitForAsync();
        if (await page.Locator("#code").CountAsync() > 0)
        {
            await page.Locator("#code").FillAsync(await system.DemoCodeAsync(login));
            await page.GetByTestId("sign-in-submit").ClickAsync();
        }

        await page.WaitForURLAsync(new Regex("^(?!.*/account/).*$"));
        await page.WaitUntilInteractiveAsync();
        if (!fresh)
        {
            var staff = (await page.Context.CookiesAsync()).Single(c => c.Name == "pn.staff");
            SignedIn[login] = new Cookie { Name = staff.Name, Value = staff.Value, Domain = staff.Domain, Path = staff.Path, HttpOnly = staff.HttpOnly, Secure = staff.Secure, SameSite = staff.SameSite };
        }
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
