using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>
/// The thanks texted after a donation: the date the donor may give again and the branch's next drive they can book from
/// then. Drives are far ahead of the other blood-drive tests' (within 200 days; the browser test's, 900 days ahead, is in another branch
/// than the "none" case's) so no other test's drive is the next one.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ThankYouTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task The_thanks_suggest_the_branch_s_first_published_drive_on_or_after_the_donor_s_next_eligible_date()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        using var otherBranch = await system.SignInAsync("amal.marrakech");
        const int days = 300;
        var drive = await coordinator.OpenDriveAsync(daysAhead: days);
        var tooEarly = await coordinator.OpenDriveAsync(daysAhead: days + 30);
        var draft = await coordinator.OpenDriveAsync(daysAhead: days + 57, draft: true);
        var elsewhere = await otherBranch.OpenDriveAsync(daysAhead: days + 57);
        var next = await coordinator.OpenDriveAsync(daysAhead: days + 60);
        var later = await coordinator.OpenDriveAsync(daysAhead: days + 70);

        var text = await DonateAsync(coordinator, drive);

        // Whole blood: 56 days between donations (the defaults), so the donor may give again 56 days after the drive.
        Assert.Contains($"à partir du {Day(drive.Day.AddDays(56))}", text, StringComparison.Ordinal);
        Assert.Contains($"Prochaine collecte : {await TitleAsync(coordinator, next)}, le {Day(next.Day)}.", text, StringComparison.Ordinal);
        foreach (var other in new[] { tooEarly, draft, later })
        {
            Assert.DoesNotContain(await TitleAsync(coordinator, other), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await TitleAsync(otherBranch, elsewhere), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_thanks_say_nothing_of_a_next_drive_when_the_branch_has_none_after_the_next_eligible_date()
    {
        // Another branch than the other tests' drives far ahead, so no later drive of theirs counts as the next one.
        using var coordinator = await system.SignInAsync("amal.marrakech");
        const int days = 600;
        var earlier = await coordinator.OpenDriveAsync(daysAhead: days - 10);
        var drive = await coordinator.OpenDriveAsync(daysAhead: days);

        var text = await DonateAsync(coordinator, drive);

        Assert.Contains($"à partir du {Day(drive.Day.AddDays(56))}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Prochaine collecte", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await TitleAsync(coordinator, earlier), text, StringComparison.Ordinal);
    }

    /// <summary>Books a donor, records "donated" and returns the thanks texted to them.</summary>
    private async Task<string> DonateAsync(HttpClient coordinator, BloodDriveSetup.Drive drive)
    {
        var phone = Inbox.NewContact().Phone;
        var booking = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(drive.Slots[0].Id, phone));
        using var outcome = await coordinator.PostAsJsonAsync(
            $"/api/events/blood-drives/{drive.Id}/bookings/{booking.GetProperty("id").GetGuid()}/outcome", new { outcome = "donated" });
        Assert.True(outcome.StatusCode == HttpStatusCode.OK, $"outcome: {(int)outcome.StatusCode} {await outcome.Content.ReadAsStringAsync()}");
        var texts = await Eventually.Until(
            () => Task.FromResult(system.SmsTo(phone).Where(t => t.Text.StartsWith("Merci pour votre don", StringComparison.Ordinal)).ToList()),
            found => found.Count > 0, TimeSpan.FromSeconds(60), "the thanks");
        return Assert.Single(texts).Text;
    }

    private static async Task<string> TitleAsync(HttpClient staff, BloodDriveSetup.Drive drive) =>
        (await staff.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/events/blood-drives/{drive.Id}")).GetProperty("title").GetString()!;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
