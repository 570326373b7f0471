using PatientNetwork.IntegrationTests.Browser;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>A distribution day run from its screen: two chairs reserved for waiting children, one handed out, one not.</summary>
[Collection(SystemCollection.Name)]
public sealed class DistributionDayBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_reserves_two_chairs_hands_out_one_and_the_child_not_handed_one_stays_on_the_waiting_list()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var first = await coordinator.ChairAsync(EquipmentScreens.Region);
        var second = await coordinator.ChairAsync(EquipmentScreens.Region);
        var handedChild = await coordinator.ChildAsync(region: EquipmentScreens.Region);
        var absentChild = await coordinator.ChildAsync(region: EquipmentScreens.Region);
        var dayName = "Journée de solidarité Errachidia " + Api.RandomName();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/equipment/days");
        await page.Locator("#f-name").FillAsync(dayName);
        await page.Locator("#f-heldOn").FillAsync("1999-12-20");
        await page.Locator("#f-place").FillAsync("Maison des jeunes, Errachidia");
        await page.GetByTestId("plan-day").ClickAsync();
        // Funding's field error (a date between 2000 and 2100) is shown next to the date.
        await Expect(page.Locator(".pn-field-error[data-field='heldOn']")).ToContainTextAsync("2000");
        await page.Locator("#f-heldOn").FillAsync("2026-12-20");
        await page.GetByTestId("plan-day").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(dayName);

        await ReserveAsync(page, first.GetProperty("id").GetGuid(), handedChild);
        await ReserveAsync(page, second.GetProperty("id").GetGuid(), absentChild);
        await Expect(page.GetByTestId("reservation")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("count-reserved")).ToHaveTextAsync("2");

        var handedRow = page.GetByTestId("reservation").Filter(new() { HasText = first.GetProperty("serialNumber").GetString()! });
        await handedRow.GetByTestId("hand-out").ClickAsync();
        await page.Locator("#f-guardianName").FillAsync("Naima " + Api.RandomName());
        await page.GetByTestId("settle").ClickAsync();
        await Expect(handedRow.GetByTestId("reservation-outcome")).ToHaveTextAsync("Remis");

        var absentRow = page.GetByTestId("reservation").Filter(new() { HasText = second.GetProperty("serialNumber").GetString()! });
        await absentRow.GetByTestId("not-handed-out").ClickAsync();
        await page.Locator("#f-reason").FillAsync("La famille n'a pas pu venir");
        await page.GetByTestId("settle").ClickAsync();
        await Expect(absentRow.GetByTestId("reservation-outcome")).ToHaveTextAsync("Non remis");

        await Expect(page.GetByTestId("count-reserved")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("count-handed-out")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("count-not-handed-out")).ToHaveTextAsync("1");
        await page.ScreenshotAsync("equipment-day-fr");
        Assert.False(await coordinator.IsWaitingAsync(handedChild));
        Assert.True(await coordinator.IsWaitingAsync(absentChild));
        Assert.Equal("assigned", await coordinator.StatusOfAsync(first.GetProperty("id").GetGuid()));
        Assert.Equal("in-stock", await coordinator.StatusOfAsync(second.GetProperty("id").GetGuid()));
    }

    /// <summary>The chair first, then a child waiting in its region (the child's list fills once the chair is chosen).</summary>
    private static async Task ReserveAsync(Microsoft.Playwright.IPage page, Guid chairId, Guid childId)
    {
        var reservations = await page.GetByTestId("reservation").CountAsync();
        await page.GetByTestId("reserve-chair").SelectOptionAsync(chairId.ToString());
        await Expect(page.GetByTestId("reserve-child").Locator($"option[value='{childId}']")).ToHaveCountAsync(1);
        await page.GetByTestId("reserve-child").SelectOptionAsync(childId.ToString());
        await page.GetByTestId("reserve").ClickAsync();
        await Expect(page.GetByTestId("reservation")).ToHaveCountAsync(reservations + 1);
    }
}
