using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Browser;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>The screen of chairs with children: an overdue review is marked, a chair comes back needing repair, and the child waits for another.</summary>
[Collection(SystemCollection.Name)]
public sealed class AssignmentsBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_overdue_review_is_marked_and_a_chair_returned_needing_repair_goes_to_repair_and_the_child_waits_again()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var chair = await coordinator.ChairAsync(EquipmentScreens.Region);
        var chairId = chair.GetProperty("id").GetGuid();
        var serial = chair.GetProperty("serialNumber").GetString()!;
        var child = await coordinator.ChildAsync(region: EquipmentScreens.Region);
        var guardian = "Khadija " + Api.RandomName();
        // Handed out more than a year ago, its review a month overdue.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var assigned = await coordinator.PostAsJsonAsync($"/api/funding/equipment/items/{chairId}/assignments",
            new { patientId = child, guardianName = guardian, acknowledgedAt = DateTimeOffset.UtcNow.AddDays(-400), reviewOn = today.AddDays(-30) });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        Assert.False(await coordinator.IsWaitingAsync(child));
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await page.GoAsync("/equipment/assignments");
        var row = page.GetByTestId("assignment").Filter(new() { HasText = serial });
        await Expect(row).ToContainTextAsync(guardian);
        await Expect(row).ToContainTextAsync(child.ToString("N")[^8..]);
        await Expect(row.GetByTestId("review-overdue")).ToBeVisibleAsync();
        await row.GetByTestId("return").ClickAsync();
        await page.GetByTestId("return-condition").SelectOptionAsync("repair");
        await page.Locator("#f-note").FillAsync("Frein cassé");
        await page.GetByTestId("record-return").ClickAsync();

        await Expect(page.GetByTestId("returned")).ToContainTextAsync("réparation");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal("in-repair", await coordinator.StatusOfAsync(chairId));
        Assert.True(await coordinator.WaitingAsync(child, expected: true));
    }

    [Fact]
    public async Task A_volunteer_sees_chairs_with_children_without_the_child_or_the_guardian()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var chair = await coordinator.ChairAsync(EquipmentScreens.Region);
        var child = await coordinator.ChildAsync(region: EquipmentScreens.Region);
        var guardian = "Salma " + Api.RandomName();
        await coordinator.AssignedAsync(chair.GetProperty("id").GetGuid(), child, guardian);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync("/equipment/assignments");

        var row = page.GetByTestId("assignment").Filter(new() { HasText = chair.GetProperty("serialNumber").GetString()! });
        await Expect(row).ToContainTextAsync(EquipmentScreens.RegionInFrench);
        await Expect(row.GetByTestId("review-overdue")).ToHaveCountAsync(0);
        await Expect(row).Not.ToContainTextAsync(guardian);
        await Expect(row).Not.ToContainTextAsync(child.ToString("N")[^8..]);
        await Expect(page.GetByTestId("return")).ToHaveCountAsync(0);
    }
}
