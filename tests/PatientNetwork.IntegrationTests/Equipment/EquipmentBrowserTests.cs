using PatientNetwork.IntegrationTests.Browser;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>The equipment screen: a coordinator hands a chair in stock to a waiting child; a volunteer sees the lists but no form.</summary>
[Collection(SystemCollection.Name)]
public sealed class EquipmentBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_hands_a_chair_in_stock_to_a_waiting_child_who_then_leaves_the_list()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var chair = await coordinator.ChairAsync();
        var serial = chair.GetProperty("serialNumber").GetString()!;
        var child = await coordinator.ChildAsync();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/equipment");
        await Expect(page.GetByTestId("equipment-stock")).ToContainTextAsync(serial);
        await page.Locator("#assign-item").SelectOptionAsync(chair.GetProperty("id").GetGuid().ToString());
        await page.Locator("#f-patientId").FillAsync(child.ToString());
        await page.Locator("#f-guardianName").FillAsync("Fatima Zahra " + Api.RandomName());
        await page.GetByTestId("assign").ClickAsync();

        await Expect(page.GetByTestId("assigned")).ToContainTextAsync("Réexamen");
        await Expect(page.GetByTestId("equipment-stock")).Not.ToContainTextAsync(serial);
        Assert.False(await coordinator.IsWaitingAsync(child));
        await page.ScreenshotAsync("equipment-fr");
    }

    [Fact]
    public async Task A_volunteer_sees_the_stock_and_the_waiting_list_but_no_form_to_assign()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var serial = (await coordinator.ChairAsync()).GetProperty("serialNumber").GetString()!;
        var page = await chromium.OpenAsync(system, "ar");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync("/equipment");

        await Expect(page.GetByTestId("equipment-stock")).ToContainTextAsync(serial);
        await Expect(page.GetByTestId("assign-form")).ToHaveCountAsync(0);
    }
}
