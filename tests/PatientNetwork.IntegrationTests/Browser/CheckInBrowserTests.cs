using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The door of an event as a volunteer works it on a phone: codes typed in, the people inside counted once each.</summary>
[Collection(SystemCollection.Name)]
public sealed class CheckInBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_volunteer_on_a_phone_checks_families_in_the_count_grows_and_a_second_scan_of_the_same_code_is_counted_once()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var body = EventsApi.NewEvent(capacity: 40);
        body["peopleInsideCap"] = 10;
        var eventId = await coordinator.ScheduleIdAsync(body);
        var family = (await coordinator.RegisterAsync(eventId, EventsApi.Party(adults: 1, children: 2))).GetProperty("code").GetString()!;
        var single = (await coordinator.RegisterAsync(eventId, EventsApi.Party())).GetProperty("code").GetString()!;

        var page = await chromium.OpenAsync(system, "fr", Chromium.Phone);
        await page.SignInAsync(system, "hajar.volunteer");
        await page.GoAsync($"/events/{eventId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accueil à l'entrée" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/events/{eventId}/check-in$"));
        var entry = page.GetByRole(AriaRole.Button, new() { Name = "Entrée", Exact = true });
        await Expect(entry).ToBeInViewportAsync();
        var result = page.GetByTestId("check-in-result");

        await ScanAsync(page, family);
        await Expect(result).ToContainTextAsync("Comptés à l'entrée : 3.");
        await Expect(result).ToContainTextAsync("3 à l'intérieur (au plus 10)");
        await Expect(page.Locator("#f-code")).ToHaveValueAsync("");

        await ScanAsync(page, single);
        await Expect(result).ToContainTextAsync("4 à l'intérieur (au plus 10)");

        await ScanAsync(page, family);
        await Expect(result).ToContainTextAsync("Déjà compté.");
        await Expect(result).ToContainTextAsync("4 à l'intérieur (au plus 10)");
        await Expect(result).ToHaveClassAsync("pn-warning");
        await page.ScreenshotAsync("check-in-phone-fr");

        await ScanAsync(page, "ZZZZZZZZZZZZ");
        await Expect(page.Locator("[data-field='code']")).ToHaveTextAsync("Aucune inscription avec ce code pour cet événement.");
        await Expect(result).ToHaveCountAsync(0);

        var attendance = await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/events/events/{eventId}/attendance");
        Assert.Equal(4, attendance.GetProperty("peopleInside").GetInt32());
    }

    private static async Task ScanAsync(IPage page, string code)
    {
        await page.Locator("#f-code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrée", Exact = true }).ClickAsync();
    }
}
