using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>
/// Run manifests: the stops in order with names, phones and pickup times, as JSON, CSV or a printable HTML page, and
/// by SMS to the driver. A driver reads only the manifests of their own vehicle's runs; coordinators read any of their
/// drives'. Every read is audited.
/// </summary>
public static class ManifestsApi
{
    public static RouteGroupBuilder MapBloodDriveManifestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/blood-drives/{id:guid}/runs/{runId:guid}/manifest").WithTags("Blood-drive manifests").RequireAuthorization(BloodDriveAccess.ManifestPolicy);
        group.MapGet("/", GetManifest);
        group.MapPost("/send", SendManifest).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>The run's manifest: <c>?format=json</c> (default), <c>csv</c> or <c>html</c> (printable).</summary>
    public static async Task<Results<Ok<Manifest>, FileContentHttpResult, ContentHttpResult, NotFound>> GetManifest(
        Guid id, Guid runId, string? format, HttpContext http, EventsDbContext db, DonorContacts contacts, EventsAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var built = await BuildAsync(id, runId, staff, db, contacts, cancellationToken);
        if (built is null)
        {
            return TypedResults.NotFound();
        }

        var (manifest, eventId) = built.Value;
        audit.Record(staff, AuditActions.ManifestRead, eventId, manifest.Stops.SelectMany(s => s.Passengers).Select(p => p.BookingId), $"run {runId}");
        await db.SaveChangesAsync(cancellationToken);
        return format?.ToLowerInvariant() switch
        {
            "csv" => TypedResults.File(CsvTable.ToUtf8(
                ["stop", "time", "pickupPoint", "code", "name", "phone", "wheelchair"],
                manifest.Stops.SelectMany(s => s.Passengers.Select(p => (IReadOnlyList<string?>)[
                    s.Order.ToString(CultureInfo.InvariantCulture), s.At.ToString("u", CultureInfo.InvariantCulture), s.PickupPoint, p.Code, p.Name, p.Phone, p.Wheelchair ? "yes" : "no"]))),
                "text/csv", $"manifest-{runId}.csv"),
            "html" => TypedResults.Content(Html(manifest), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(manifest),
        };
    }

    /// <summary>Sends the manifest to the driver's phone by SMS (through the notifications outbox).</summary>
    public static async Task<Results<Accepted, NotFound>> SendManifest(
        Guid id, Guid runId, HttpContext http, EventsDbContext db, DonorContacts contacts, DonorMessages messages, EventsAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var built = await BuildAsync(id, runId, staff, db, contacts, cancellationToken);
        if (built is null)
        {
            return TypedResults.NotFound();
        }

        var (manifest, eventId) = built.Value;
        var run = await db.TransportRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        var vehicle = await db.Vehicles.AsNoTracking().FirstAsync(v => v.Id == run.VehicleId, cancellationToken);
        if (vehicle.DriverPhoneCiphertext is null)
        {
            throw new EventRuleException("This vehicle has no driver phone to send the manifest to.");
        }

        var sent = await db.Notifications.CountAsync(n => n.Key.StartsWith($"blood-manifest:{runId}:"), cancellationToken);
        messages.Manifest(eventId, runId, vehicle.DriverPhoneCiphertext, manifest.AsText(), sent + 1);
        audit.Record(staff, AuditActions.ManifestSent, eventId, manifest.Stops.SelectMany(s => s.Passengers).Select(p => p.BookingId), $"run {runId}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/events/blood-drives/{id}/runs/{runId}/manifest");
    }

    private static async Task<(Manifest Manifest, Guid EventId)?> BuildAsync(Guid id, Guid runId, StaffMember staff, EventsDbContext db, DonorContacts contacts, CancellationToken cancellationToken)
    {
        var drive = await db.BloodDrives.AsNoTracking().Include(d => d.Sites).FirstOrDefaultAsync(d => d.Id == id && d.AssociationId == staff.AssociationId, cancellationToken);
        var run = drive is null ? null : await db.TransportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.DriveId == drive.Id, cancellationToken);
        var vehicle = run is null ? null : await db.Vehicles.AsNoTracking().FirstAsync(v => v.Id == run.VehicleId, cancellationToken);
        if (drive is null || run is null || vehicle is null)
        {
            return null;
        }

        // A driver reads their own runs' manifests, whatever the branch; others act for the drive's branch.
        var isDriver = staff.IsInRole(StaffRoles.Driver) && !BloodDriveAccess.SeesPhones(staff);
        if (isDriver ? vehicle.DriverLogin != staff.Login : !BloodDriveAccess.ActsFor(staff, drive))
        {
            return null;
        }

        var slot = await db.DriveSlots.AsNoTracking().FirstAsync(s => s.Id == run.SlotId, cancellationToken);
        var passengers = await (from b in db.DonorBookings.AsNoTracking()
                                join d in db.Donors.AsNoTracking() on b.DonorId equals d.Id
                                where (run.Leg == RunLeg.Out ? b.OutRunId == run.Id : b.BackRunId == run.Id)
                                    && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.AwaitingConfirmation)
                                orderby b.CreatedAt
                                select new { Booking = b, d.Name, d.PhoneCiphertext }).ToListAsync(cancellationToken);
        var pointIds = run.Stops.Select(s => s.PickupPointId).ToList();
        var points = await db.PickupPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var stops = run.Stops.Select((s, i) => new ManifestStop(i + 1, s.PickupPointId, points.GetValueOrDefault(s.PickupPointId, ""), s.At,
            passengers.Where(p => p.Booking.PickupPointId == s.PickupPointId)
                .Select(p => new ManifestPassenger(p.Booking.Id, p.Booking.Code, p.Name, contacts.PhoneOf(p.PhoneCiphertext), p.Booking.Wheelchair,
                    run.Leg == RunLeg.Out ? p.Booking.BoardedOut : p.Booking.BoardedBack)).ToList())).ToList();
        var site = drive.Sites.First(s => s.Id == slot.SiteId).Name;
        return (new Manifest(run.Id, vehicle.Label, vehicle.DriverLogin, run.Leg, run.City, site, run.DepartsAt, run.ArrivesAt, stops), drive.EventId);
    }

    private static string Html(Manifest manifest)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html><head><meta charset=\"utf-8\"><title>Manifest {E(manifest.Vehicle)}</title>")
            .Append("<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(manifest.Vehicle)} — {E(manifest.Site)} ({manifest.Leg})</h1><p>{manifest.DepartsAt:u} → {manifest.ArrivesAt:u}</p>")
            .Append("<table><tr><th>#</th><th>Time</th><th>Pickup point</th><th>Code</th><th>Name</th><th>Phone</th><th>Boarded</th></tr>");
        foreach (var stop in manifest.Stops)
        {
            foreach (var p in stop.Passengers)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{stop.Order}</td><td>{stop.At:u}</td><td>{E(stop.PickupPoint)}</td><td>{E(p.Code)}</td><td>{E(p.Name)}</td><td>{E(p.Phone)}</td><td>☐</td></tr>");
            }
        }

        return html.Append("</table></body></html>").ToString();
    }
}
