using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Referrals;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The referrals a coordinator registers: from the list to a pre-filled form, and a dismissal with its reason.</summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralIntakesBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_registers_a_referred_child_from_the_pre_filled_form()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, body, id) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        await coordinator.WaitForIntakeAsync(id);
        string lastName = ((dynamic)body["child"]!).lastName;
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/patients/referrals");
        var row = page.GetByTestId("intake").Filter(new() { HasText = lastName });
        await Expect(row).ToHaveCountAsync(1);
        await page.ScreenshotAsync("referral-intakes-fr");
        await row.GetByTestId("register-from-referral").ClickAsync();
        await page.WaitUntilInteractiveAsync();

        await Expect(page.GetByTestId("from-referral")).ToBeVisibleAsync();
        await Expect(page.Locator("#f-lastName")).ToHaveValueAsync(lastName);
        await Expect(page.Locator("#f-dateOfBirth")).ToHaveValueAsync("2019-04-12");
        await Expect(page.Locator("#f-regionCode")).ToHaveValueAsync("casablanca-settat");
        await page.Locator("#f-guardians-0--name").FillAsync("Fatima " + Api.RandomName());
        await page.Locator("#f-guardianRelation").SelectOptionAsync("mother");
        await page.GetByTestId("register").ClickAsync();

        // A registration on a busy two-core machine can outlast the default five seconds.
        await Expect(page.GetByTestId("registered")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.GetByTestId("patient-name")).ToContainTextAsync(lastName);
        await partner.WaitForPartnerStatusAsync(id, "in-progress");
        await page.GoAsync("/patients/referrals");
        await Expect(page.GetByTestId("intake").Filter(new() { HasText = lastName })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Dismissing_a_referral_asks_for_a_reason_and_takes_it_off_the_list()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, body, id) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        await coordinator.WaitForIntakeAsync(id);
        string lastName = ((dynamic)body["child"]!).lastName;
        var page = await chromium.OpenAsync(system, "ar");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/patients/referrals");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var row = page.GetByTestId("intake").Filter(new() { HasText = lastName });
        await row.GetByTestId("dismiss").ClickAsync();
        await row.Locator("#f-reason").FillAsync("لا");
        await row.GetByTestId("confirm-dismiss").ClickAsync();
        await Expect(row.Locator(".pn-field-error")).ToBeVisibleAsync();

        await row.Locator("#f-reason").FillAsync("رفضت الأسرة بعد الاتصال بها");
        await row.GetByTestId("confirm-dismiss").ClickAsync();
        await Expect(page.GetByTestId("intake").Filter(new() { HasText = lastName })).ToHaveCountAsync(0);

        var intake = await coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/referral-intakes/{id}");
        Assert.Equal("dismissed", intake.GetProperty("intake").GetProperty("status").GetString());
        Assert.Equal("رفضت الأسرة بعد الاتصال بها", intake.GetProperty("dismissalReason").GetString());
    }
}
