using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Events.BloodDrives.Reports;

/// <summary>A drive's figures per site (booked, transported, attended, donated, deferred, no-shows) and seats used per run; JSON or CSV.</summary>
public static class DriveReportsApi
{
    public static RouteGroupBuilder MapBloodDriveReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/blood-drives/{id:guid}/report").WithTags("Blood-drive reports").RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapGet("/", GetReport);
        app.MapBloodDriveMonthlyFigures();
        return group;
    }

    /// <summary>The drive's report; <c>?format=csv</c> gives the sites' table as CSV.</summary>
    public static async Task<Results<Ok<DriveReport>, FileContentHttpResult, NotFound>> GetReport(
        Guid id, string? format, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        if (drive is null)
        {
            return TypedResults.NotFound();
        }

        var bookings = await (from b in db.DonorBookings.AsNoTracking()
                              join s in db.DriveSlots.AsNoTracking() on b.SlotId equals s.Id
                              where b.DriveId == drive.Id && b.Status == BookingStatus.Booked
                              select new { s.SiteId, b.OutRunId, b.BackRunId, b.PickupPointId, b.CheckedIn, b.Outcome, b.BoardedOut, b.BoardedBack }).ToListAsync(cancellationToken);
        var sites = drive.Sites.OrderBy(s => s.Name).Select(site =>
        {
            var mine = bookings.Where(b => b.SiteId == site.Id).ToList();
            return new DriveReportRow(site.Id, site.Name, mine.Count, mine.Count(b => b.PickupPointId != null), mine.Count(b => b.CheckedIn),
                mine.Count(b => b.Outcome == BookingOutcome.Donated), mine.Count(b => b.Outcome == BookingOutcome.DeferredOnSite),
                mine.Count(b => b.Outcome == BookingOutcome.NotPresented || (b.Outcome == BookingOutcome.Pending && !b.CheckedIn)));
        }).ToList();
        var runs = await db.TransportRuns.AsNoTracking().Where(r => r.DriveId == drive.Id).OrderBy(r => r.DepartsAt).ToListAsync(cancellationToken);
        var runRows = runs.Select(r =>
        {
            var riders = bookings.Where(b => r.Leg == Transport.RunLeg.Out ? b.OutRunId == r.Id : b.BackRunId == r.Id).ToList();
            var boarded = riders.Count(b => (r.Leg == Transport.RunLeg.Out ? b.BoardedOut : b.BoardedBack) == true);
            return new RunReportRow(r.Id, r.Leg == Transport.RunLeg.Out ? "out" : "back", r.DepartsAt, r.Seats, riders.Count, boarded, r.CancelledAt is not null);
        }).ToList();
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = CsvTable.ToUtf8(["site", "booked", "transported", "attended", "donated", "deferred", "noShows"],
                sites.Select(s => (IReadOnlyList<string?>)[s.Site, N(s.Booked), N(s.Transported), N(s.Attended), N(s.Donated), N(s.Deferred), N(s.NoShows)]));
            return TypedResults.File(csv, "text/csv", $"blood-drive-{drive.Id}.csv");
        }

        return TypedResults.Ok(new DriveReport(drive.Id, sites, runRows));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
