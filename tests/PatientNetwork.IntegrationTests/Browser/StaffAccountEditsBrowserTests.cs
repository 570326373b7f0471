using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Accounts;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>An admin's edits of a staff account in the web app, and what the person then meets at sign-in.</summary>
[Collection(SystemCollection.Name)]
public sealed class StaffAccountEditsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_admin_disables_an_account_its_session_ends_and_it_cannot_sign_in_until_re_enabled()
    {
        var member = await system.VolunteerAsync();
        var person = await chromium.OpenAsync(system, "fr");
        await SignInWithPasswordAsync(person, member);
        await Expect(person.GetByTestId("user-name")).ToHaveTextAsync($"Test {member.Login}");

        var admin = await chromium.OpenAsync(system, "fr");
        await admin.SignInAsync(system, "hajar.admin");
        await OpenAccountAsync(admin, member.Login);
        await Expect(admin.GetByTestId("account-state")).ToHaveTextAsync("Actif");
        await admin.GetByTestId("disable-account").ClickAsync();
        await Expect(admin.GetByTestId("account-state")).ToHaveTextAsync("Désactivé");
        await Expect(admin.GetByTestId("disable-account")).ToHaveCountAsync(0);

        await person.GotoAsync("/events");
        await Expect(person).ToHaveURLAsync(new Regex("/account/"));
        await SignInWithPasswordAsync(person, member);
        await Expect(person.GetByTestId("sign-in-error")).ToHaveTextAsync("Identifiant ou mot de passe incorrect.");

        await admin.GetByTestId("enable-account").ClickAsync();
        await Expect(admin.GetByTestId("account-state")).ToHaveTextAsync("Actif");
        await SignInWithPasswordAsync(person, member);
        await person.WaitUntilInteractiveAsync();
        await Expect(person.GetByTestId("user-name")).ToHaveTextAsync($"Test {member.Login}");
    }

    [Fact]
    public async Task An_admin_makes_a_volunteer_a_coordinator_and_the_person_is_then_asked_to_enrol_an_authenticator()
    {
        var member = await system.VolunteerAsync();
        var admin = await chromium.OpenAsync(system, "fr");
        await admin.SignInAsync(system, "hajar.admin");
        await OpenAccountAsync(admin, member.Login);
        await Expect(admin.Locator("#f-role-volunteer")).ToBeCheckedAsync();

        await admin.Locator("#f-role-volunteer").UncheckAsync();
        await admin.GetByTestId("save-account").ClickAsync();
        await Expect(admin.Locator("[data-field='roles']")).ToHaveTextAsync("Choisissez au moins un rôle.");

        await admin.Locator("#f-role-coordinator").CheckAsync();
        await admin.GetByTestId("save-account").ClickAsync();
        await Expect(admin.GetByTestId("account-done")).ToHaveTextAsync("Enregistré.");
        await Expect(admin.Locator("[data-field='roles']")).ToHaveCountAsync(0);

        await admin.GoAsync("/staff");
        await SearchAsync(admin, member.Login);
        var row = admin.GetByTestId("staff-accounts").Locator("tbody tr").Filter(new() { HasText = member.Login });
        await Expect(row).ToContainTextAsync("Coordinateur");
        await Expect(row).Not.ToContainTextAsync("Bénévole");

        // A coordinator sees identifiers, so the gateway now wants a second factor the volunteer never needed.
        var person = await chromium.OpenAsync(system, "fr");
        await SignInWithPasswordAsync(person, member);
        await Expect(person.GetByTestId("totp-secret")).ToBeVisibleAsync();
    }

    private static async Task OpenAccountAsync(IPage admin, string login)
    {
        await admin.GoAsync("/staff");
        await SearchAsync(admin, login);
        await admin.GetByRole(AriaRole.Link, new() { Name = login, Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/staff/[0-9a-f-]{36}$"));
        await Expect(admin.Locator("h1")).ToContainTextAsync(login);
    }

    private static async Task SearchAsync(IPage admin, string login)
    {
        await admin.Locator("#f-search").FillAsync(login);
        await admin.Locator("form[role='search'] button[type='submit']").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Link, new() { Name = login, Exact = true })).ToBeVisibleAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page, StaffAccounts.Member member)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#login").FillAsync(member.Login);
        await page.Locator("#password").FillAsync(member.Password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
    }
}
