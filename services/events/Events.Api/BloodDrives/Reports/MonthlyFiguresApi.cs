using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Events.BloodDrives.Reports;

/// <summary>
/// The branch's blood-drive figures per month as CSV (counts only, no names, so not audited). A drive counts in the
/// month its event starts (Casablanca time), with every booking it holds; the figures are those of the per-drive report.
/// </summary>
public static class MonthlyFiguresApi
{
    private static readonly string[] Columns = ["month", "branch", "drives", "booked", "transported", "attended", "donated", "deferred", "noShows"];

    public static IEndpointRouteBuilder MapBloodDriveMonthlyFigures(this IEndpointRouteBuilder app)
    {
        app.MapGet("/blood-drives/reports/monthly", GetMonthlyFigures).WithTags("Blood-drive reports").RequireAuthorization(EventAccess.SchedulePolicy)
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    /// <summary>
    /// One row per branch and month with drives (<c>from</c>, <c>to</c>: months yyyy-MM; by default the last 12, at most 24).
    /// Branch staff see their branch; association-wide staff every branch of their association, drives of no branch under "".
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetMonthlyFigures(
        string? from, string? to, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (range, errors) = MonthRange.Parse(from, to, time.GetUtcNow());
        if (range is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var (start, end) = (range.Start, range.End);
        var drives = from d in db.BloodDrives.AsNoTracking()
                     join e in db.AwarenessEvents.AsNoTracking() on d.EventId equals e.Id
                     where d.AssociationId == staff.AssociationId && (staff.BranchId == null || d.BranchId == staff.BranchId)
                         && e.StartsAt >= start && e.StartsAt < end
                     select new { d.Id, d.BranchId, e.StartsAt };
        var chosen = await drives.ToListAsync(cancellationToken);
        var counts = await (from b in db.DonorBookings.AsNoTracking()
                            join d in drives on b.DriveId equals d.Id
                            where b.Status == BookingStatus.Booked
                            group b by b.DriveId into g
                            select new
                            {
                                DriveId = g.Key,
                                Booked = g.Count(),
                                Transported = g.Count(b => b.PickupPointId != null),
                                Attended = g.Count(b => b.CheckedIn),
                                Donated = g.Count(b => b.Outcome == BookingOutcome.Donated),
                                Deferred = g.Count(b => b.Outcome == BookingOutcome.DeferredOnSite),
                                NoShows = g.Count(b => b.Outcome == BookingOutcome.NotPresented || (b.Outcome == BookingOutcome.Pending && !b.CheckedIn)),
                            }).ToDictionaryAsync(c => c.DriveId, cancellationToken);

        var rows = chosen.GroupBy(d => (Month: MonthRange.MonthOf(d.StartsAt), Branch: d.BranchId ?? ""))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Branch, StringComparer.Ordinal)
            .Select(g =>
            {
                var mine = g.Select(d => counts.GetValueOrDefault(d.Id)).Where(c => c is not null).ToList();
                return (IReadOnlyList<string?>)
                [
                    MonthRange.Label(g.Key.Month), g.Key.Branch, N(g.Count()), N(mine.Sum(c => c!.Booked)), N(mine.Sum(c => c!.Transported)),
                    N(mine.Sum(c => c!.Attended)), N(mine.Sum(c => c!.Donated)), N(mine.Sum(c => c!.Deferred)), N(mine.Sum(c => c!.NoShows)),
                ];
            });
        var csv = CsvTable.ToUtf8(Columns, rows);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"blood-drives-{MonthRange.Label(range.First)}-{MonthRange.Label(range.Last)}.csv");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
