using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>Signing in, the home page per role, the language switch and signing out, through the gateway in Chromium.</summary>
[Collection(SystemCollection.Name)]
public sealed class SignInBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_signs_in_and_sees_the_home_page_with_the_patients_charts()
    {
        var page = await chromium.OpenAsync(system, "fr");
        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await page.SignInAsync(system, "hajar.coordinator", fresh: true);

        await Expect(page.Locator("h1")).ToContainTextAsync("Bienvenue");
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Hajar coordinator");
        await Expect(page.GetByTestId("patients-total")).ToBeVisibleAsync();
        await Expect(page.Locator("#by-region")).ToHaveTextAsync("Patients par région");
        await Expect(page.Locator("nav").GetByText("Inscrire un patient")).ToBeVisibleAsync();
        await page.ScreenshotAsync("home-fr");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_the_users_language_and_no_cookie_is_readable_by_scripts()
    {
        var page = await chromium.OpenAsync(system, "en");
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#login").FillAsync("hajar.coordinator");
        await page.Locator("#password").FillAsync("not the password at all");
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("Login or password is wrong.");
        await page.SignInAsync(system, "hajar.volunteer", fresh: true);
        var cookies = await page.Context.CookiesAsync();
        var staff = Assert.Single(cookies, c => c.Name == "pn.staff");
        Assert.True(staff.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, staff.SameSite);
        Assert.Equal("", await page.EvaluateAsync<string>("() => document.cookie.includes('pn.staff') ? 'readable' : ''"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_a_page_then_asks_to_sign_in_again()
    {
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.doctor", fresh: true);

        await page.GetByTestId("sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await page.GotoAsync("/patients");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl=%2Fpatients"));
    }

    [Fact]
    public async Task Arabic_lays_the_page_out_right_to_left_and_keeps_Arabic_names_intact()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient["firstName"] = "ياسمين";
        patient["lastName"] = "الإدريسي " + Api.RandomName();
        var id = await coordinator.RegisterPatientAsync(patient);
        var page = await chromium.OpenAsync(system, "fr");
        await page.GotoAsync("/account/sign-in");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");

        await page.GetByTestId("language-ar").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("تسجيل الدخول");
        await page.ScreenshotAsync("sign-in-ar");

        await page.SignInAsync(system, "hajar.coordinator");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).direction"));
        await page.ScreenshotAsync("home-ar");
        await page.GoAsync($"/patients/{id}");
        await Expect(page.GetByTestId("patient-name")).ToHaveTextAsync($"ياسمين {patient["lastName"]}");
        await page.ScreenshotAsync("patient-ar");
    }
}
