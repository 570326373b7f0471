using PatientNetwork.IntegrationTests.Browser;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>
/// The blood-drive screens as a coordinator uses them on the day: the branch's drives, a drive's slots with booked and
/// free places and its runs, a run's printable manifest, the slot's door list where a donor is checked in and their
/// outcome recorded. Another branch's coordinator does not see the drive.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BloodDrivesBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_sees_the_drive_s_slots_and_runs_prints_a_manifest_and_records_a_donation_at_the_door()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        // Far ahead, so it is on the list's first page (sorted by start, latest first) whatever other tests open.
        var drive = await coordinator.OpenDriveAsync(waitingRoom: 6, chairs: 4, daysAhead: 900);
        var slot = drive.Slots[0];
        var pickup = await coordinator.PickupPointAsync();
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4), "out", pickup));
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4), "back", pickup));
        var rider = $"Donneuse {Api.RandomName()}";
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id, sex: "female", pickupPointId: pickup, name: rider));
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, BloodDriveSetup.Coordinator);

        await page.GoAsync("/blood-drives");
        var row = page.GetByTestId("blood-drives").Locator("tbody tr").Filter(new() { HasText = drive.Hospital });
        await Expect(row).ToHaveCountAsync(1);
        await row.Locator("a").ClickAsync();
        await Expect(page.GetByTestId("slot-booked").First).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("slot-free").First).ToHaveTextAsync((slot.Capacity - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("run-seats")).ToHaveTextAsync(["1 / 4", "1 / 4"]);
        await page.ScreenshotAsync("blood-drive-fr");

        var manifest = await page.APIRequest.GetAsync((await page.GetByTestId("manifest-link").First.GetAttributeAsync("href"))!);
        Assert.Equal(200, manifest.Status);
        Assert.StartsWith("text/html", manifest.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains(rider, await manifest.TextAsync(), StringComparison.Ordinal);

        await page.GetByTestId("blood-slots").Locator("tbody tr").First.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
        var donor = page.GetByTestId("door-donor").Filter(new() { HasText = rider });
        await Expect(page.GetByTestId("door-donor")).ToHaveCountAsync(2);
        await donor.GetByTestId("check-in").ClickAsync();
        await Expect(donor.GetByTestId("check-in")).ToHaveCountAsync(0);
        await donor.GetByTestId("outcome-donated").ClickAsync();
        await Expect(donor.GetByTestId("donor-outcome")).ToHaveTextAsync("Don fait");
        await page.ScreenshotAsync("blood-door-list-fr");

        var otherBranch = await chromium.OpenAsync(system, "fr");
        await otherBranch.SignInAsync(system, "amal.marrakech");
        await otherBranch.GoAsync("/blood-drives");
        await otherBranch.WaitUntilInteractiveAsync();
        Assert.DoesNotContain(drive.Hospital, await otherBranch.ContentAsync(), StringComparison.Ordinal);
    }
}
