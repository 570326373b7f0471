using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>Bookings by staff, a slot's list at the door, cancellation; every read of donor data is audited.</summary>
public static class BookingsApi
{
    public static RouteGroupBuilder MapBloodDriveBookingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/blood-drives/{id:guid}").WithTags("Blood-drive bookings").RequireAuthorization(BloodDriveAccess.StaffPolicy);
        group.MapPost("/bookings", Book).Validate<BookingRequest>().RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/slots/{slotId:guid}/bookings", DoorList);
        group.MapPost("/bookings/{bookingId:guid}/cancel", Cancel).RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>Books a donor in a slot (confirmed at once: staff have the donor before them), with a round trip when a pickup point is given.</summary>
    public static async Task<Results<Created<BookingResponse>, NotFound>> Book(
        Guid id, BookingRequest request, HttpContext http, EventsDbContext db, BookingDesk desk, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var drive = await BloodDriveAccess.FindAsync(db, id, staff, cancellationToken);
        var booking = drive is null ? null : await desk.BookAsync(drive, request.SlotId!.Value, request, online: false, staff.Login, cancellationToken);
        if (booking is null)
        {
            return TypedResults.NotFound();
        }

        await desk.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/events/blood-drives/{id}/bookings/{booking.Id}", await ResponseAsync(db, booking, cancellationToken));
    }

    /// <summary>A slot's donors for the door: names for every staff role, phones only for coordinators and admins. Audited.</summary>
    public static async Task<Results<Ok<List<DoorListEntry>>, NotFound>> DoorList(
        Guid id, Guid slotId, HttpContext http, EventsDbContext db, DonorContacts contacts, EventsAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var drive = await BloodDriveAccess.FindAsync(db, id, staff, cancellationToken);
        if (drive is null || !await db.DriveSlots.AnyAsync(s => s.Id == slotId && s.DriveId == drive.Id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var rows = await (from b in db.DonorBookings.AsNoTracking()
                          join d in db.Donors.AsNoTracking() on b.DonorId equals d.Id
                          where b.SlotId == slotId && b.Status != BookingStatus.Cancelled
                          orderby b.CreatedAt
                          select new { Booking = b, d.Name, d.PhoneCiphertext }).ToListAsync(cancellationToken);
        var phones = BloodDriveAccess.SeesPhones(staff);
        audit.Record(staff, phones ? AuditActions.DonorsListedWithPhones : AuditActions.DonorsListed, drive.EventId, rows.Select(r => r.Booking.Id), $"slot {slotId}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => new DoorListEntry(r.Booking.Id, r.Booking.Code, r.Name, phones ? contacts.PhoneOf(r.PhoneCiphertext) : null, r.Booking.Status,
            r.Booking.WithTransport, r.Booking.TransportAtRisk, r.Booking.CheckedIn, r.Booking.Inside, r.Booking.Outcome)).ToList());
    }

    /// <summary>Cancels a booking: its place and seats are free again at once.</summary>
    public static async Task<Results<Ok<BookingResponse>, NotFound>> Cancel(
        Guid id, Guid bookingId, HttpContext http, EventsDbContext db, BookingDesk desk, EventsAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var drive = await BloodDriveAccess.FindAsync(db, id, staff, cancellationToken);
        var found = drive is null ? null : await db.DonorBookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId && b.DriveId == drive.Id, cancellationToken);
        if (drive is null || found is null || await desk.LockSlotAsync(drive.Id, found.SlotId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var booking = await db.DonorBookings.FirstAsync(b => b.Id == bookingId, cancellationToken);
        booking.Cancel(time.GetUtcNow());
        audit.Record(staff, AuditActions.DonorBookingCancelled, drive.EventId, [booking.Id]);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, booking, cancellationToken));
    }

    public static async Task<BookingResponse> ResponseAsync(EventsDbContext db, DonorBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var slot = await db.DriveSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        DateTimeOffset? pickupAt = null;
        if (booking.OutRunId is { } outRunId && booking.PickupPointId is { } point)
        {
            var run = await db.TransportRuns.AsNoTracking().FirstAsync(r => r.Id == outRunId, cancellationToken);
            pickupAt = run.TimeAt(point);
        }

        return new BookingResponse(booking.Id, booking.Code, booking.Status, booking.SlotId, slot.StartsAt, booking.HoldExpiresAt,
            booking.PickupPointId, booking.OutRunId, booking.BackRunId, pickupAt, booking.TransportAtRisk, booking.Outcome);
    }
}
