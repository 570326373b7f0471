using System.Net;
using System.Net.Http.Json;
using System.Text;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.BloodDrives;

/// <summary>The monthly branch figures CSV (<c>/api/events/blood-drives/reports/monthly</c>) through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class MonthlyFiguresTests(PatientNetworkFixture system)
{
    private const string Branch = "casablanca-settat";

    // Far enough ahead that no other test's drive falls in the month; the figures are still compared as deltas.
    private const int DaysAhead = 200;

    [Fact]
    public async Task The_month_s_row_counts_the_drive_s_bookings_transport_attendance_and_outcomes_and_another_association_or_branch_does_not_see_it()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);
        var month = MonthOf(DateTimeOffset.UtcNow.AddDays(DaysAhead));
        var query = $"/api/events/blood-drives/reports/monthly?from={month}&to={month}";
        var before = Row(await CsvAsync(coordinator, query), month, Branch) ?? new int[7];

        var drive = await coordinator.OpenDriveAsync(waitingRoom: 6, chairs: 4, daysAhead: DaysAhead);
        var slot = drive.Slots[1];
        var pickup = await coordinator.PickupPointAsync();
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4), "out", pickup));
        await coordinator.PlanRunAsync(drive.Id, BloodDriveSetup.Run(slot, await coordinator.VehicleAsync(seats: 4), "back", pickup));
        var donated = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id, pickupPointId: pickup));
        var deferred = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        var waiting = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        var absent = await coordinator.BookAsync(drive.Id, BloodDriveSetup.Donor(slot.Id));
        foreach (var booking in new[] { donated, deferred, waiting })
        {
            using var entered = await coordinator.PostAsJsonAsync($"/api/events/blood-drives/{drive.Id}/check-ins", new { code = booking.GetProperty("code").GetString(), direction = "entry" });
            Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        }

        await OutcomeAsync(coordinator, drive.Id, donated, new { outcome = "donated" });
        await OutcomeAsync(coordinator, drive.Id, deferred, new { outcome = "deferred-on-site", deferredUntil = drive.Day.AddDays(30) });
        await OutcomeAsync(coordinator, drive.Id, absent, new { outcome = "not-presented" });

        var after = Row(await CsvAsync(coordinator, query), month, Branch);
        Assert.NotNull(after);
        // drives, booked, transported, attended (checked in), donated, deferred, no-shows (not presented, or never checked in).
        Assert.Equal([1, 5, 1, 3, 1, 1, 2], after.Zip(before, (a, b) => a - b).ToArray());
        using var hajar = await system.SignInAsync("hajar.admin");
        Assert.Null(Row(await CsvAsync(hajar, query), month, Branch));
        using var otherBranch = await system.SignInAsync("amal.marrakech");
        Assert.Null(Row(await CsvAsync(otherBranch, query), month, Branch));
        using var association = await system.SignInAsync("amal.admin");
        Assert.Equal(after, Row(await CsvAsync(association, query), month, Branch));
    }

    [Theory]
    [InlineData("from=2026-01&to=2028-06")]
    [InlineData("from=2026-05&to=2026-04")]
    [InlineData("from=2026-13")]
    [InlineData("to=1999-12")]
    public async Task A_range_that_is_malformed_reversed_or_longer_than_two_years_is_a_400_naming_the_field(string range)
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);

        using var response = await coordinator.GetAsync($"/api/events/blood-drives/reports/monthly?{range}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var field = range.StartsWith("to=", StringComparison.Ordinal) ? "to" : "from";
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Without_a_range_the_last_twelve_months_are_reported()
    {
        using var coordinator = await system.SignInAsync(BloodDriveSetup.Coordinator);

        using var response = await coordinator.GetAsync("/api/events/blood-drives/reports/monthly");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var now = DateTimeOffset.UtcNow;
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        Assert.Equal($"blood-drives-{MonthOf(now.AddMonths(-11))}-{MonthOf(now)}.csv", name?.Trim('"'));
    }

    private static async Task OutcomeAsync(HttpClient staff, Guid driveId, System.Text.Json.JsonElement booking, object outcome)
    {
        using var response = await staff.PostAsJsonAsync($"/api/events/blood-drives/{driveId}/bookings/{booking.GetProperty("id").GetGuid()}/outcome", outcome);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"outcome: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient staff, string query)
    {
        using var response = await staff.GetAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray()).ToList();
        Assert.Equal(["month", "branch", "drives", "booked", "transported", "attended", "donated", "deferred", "noShows"], lines[0]);
        return lines.Skip(1).ToList();
    }

    /// <summary>The row's seven counts, or null when the branch has no row for the month.</summary>
    private static int[]? Row(List<string[]> rows, string month, string branch)
    {
        var row = rows.SingleOrDefault(r => r[0] == month && r[1] == branch);
        return row?.Skip(2).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    private static string MonthOf(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca")).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
