using System.Text.RegularExpressions;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>Two-factor sign-in and invitations through the web app, on the gateway's staff accounts.</summary>
[Collection(SystemCollection.Name)]
public sealed class StaffAccountsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_admin_signs_in_with_the_code_of_their_authenticator_app()
    {
        var page = await chromium.OpenAsync(system, "fr");
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#login").FillAsync("hajar.admin");
        await page.Locator("#password").FillAsync(system.Secrets.DemoStaffPassword);
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await page.Locator("#code").FillAsync("000000");
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(page.Locator("[data-field='code']")).ToBeVisibleAsync();
        await page.Locator("#code").FillAsync(await system.DemoCodeAsync("hajar.admin"));
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Hajar administrator");
    }

    [Fact]
    public async Task An_invited_volunteer_accepts_the_invitation_and_signs_in()
    {
        var login = "hajar.v" + Api.RandomName().ToLowerInvariant()[..6];
        var admin = await chromium.OpenAsync(system, "fr");
        await admin.SignInAsync(system, "hajar.admin");

        await admin.GoAsync("/staff/invite");
        await admin.Locator("#f-login").FillAsync(login);
        await admin.Locator("#f-displayName").FillAsync("Salma bénévole");
        await admin.Locator("#f-role-volunteer").CheckAsync();
        await admin.GetByTestId("invite").ClickAsync();
        var code = await admin.GetByTestId("invitation-code").InnerTextAsync();
        await admin.ScreenshotAsync("invitation-fr");

        var person = await chromium.OpenAsync(system, "ar");
        await person.GotoAsync("/account/invitation");
        await person.Locator("#login").FillAsync(login);
        await person.Locator("#code").FillAsync(code);
        await person.Locator("#newPassword").FillAsync("une phrase de passe assez longue 2026");
        await person.Locator("#confirmPassword").FillAsync("une phrase de passe assez longue 2026");
        await person.GetByTestId("save").ClickAsync();
        await Expect(person).ToHaveURLAsync(new Regex("/account/sign-in\\?done=invitation"));
        await person.Locator("#login").FillAsync(login);
        await person.Locator("#password").FillAsync("une phrase de passe assez longue 2026");
        await person.GetByTestId("sign-in-submit").ClickAsync();
        await person.WaitUntilInteractiveAsync();
        await Expect(person.GetByTestId("user-name")).ToHaveTextAsync("Salma bénévole");
    }
}
