using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.BloodDrives.Eligibility;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.BloodDrives.Transport;
using PatientNetwork.Events.CheckIn;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

/// <summary>The day itself: the waiting room's door under its cap, boarding at each stop, the transfusion centre's outcomes.</summary>
public static class DriveDayApi
{
    public static RouteGroupBuilder MapBloodDriveDayApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/blood-drives/{id:guid}").WithTags("Blood-drive day").RequireAuthorization(BloodDriveAccess.StaffPolicy);
        group.MapPost("/check-ins", CheckIn).Validate<DriveCheckInRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/bookings/{bookingId:guid}/boarding", Board).Validate<BoardingRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/bookings/{bookingId:guid}/outcome", RecordOutcome).Validate<OutcomeRequest>().RequireAuthorization(EventAccess.SchedulePolicy)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Counts a donor into or out of the site's waiting room, under the site's row lock (as Events check-in does under
    /// the event's), so two doors at once never pass the waiting room's size (409 when full): a batch enters as the
    /// previous one leaves. A repeated scan counts once.
    /// </summary>
    public static async Task<Results<Ok<DriveCheckInResponse>, NotFound>> CheckIn(
        Guid id, DriveCheckInRequest request, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        var code = request.Code!.Trim().ToUpperInvariant();
        var found = drive is null ? null : await db.DonorBookings.AsNoTracking().FirstOrDefaultAsync(b => b.DriveId == drive.Id && b.Code == code, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var siteId = await db.DriveSlots.Where(s => s.Id == found.SlotId).Select(s => s.SiteId).FirstAsync(cancellationToken);
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM blood_drive_sites WHERE id = {siteId} FOR UPDATE").ToListAsync(cancellationToken);
        var site = await db.DriveSites.FirstAsync(s => s.Id == siteId, cancellationToken);
        await db.Entry(site).ReloadAsync(cancellationToken);
        var booking = await db.DonorBookings.FirstAsync(b => b.Id == found.Id, cancellationToken);
        bool counted;
        if (request.Direction == CheckInDirection.Exit)
        {
            counted = booking.Leave();
            if (counted)
            {
                site.LetOut();
            }
        }
        else
        {
            if (!booking.Inside)
            {
                site.LetIn();
            }

            counted = booking.Enter();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new DriveCheckInResponse(booking.Id, site.Id, booking.Inside, counted, site.PeopleInside, site.WaitingRoom));
    }

    /// <summary>Boarded or no-show at the stop, for the leg out or back.</summary>
    public static async Task<Results<Ok<BookingResponse>, NotFound>> Board(
        Guid id, Guid bookingId, BoardingRequest request, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        var booking = drive is null ? null : await db.DonorBookings.FirstOrDefaultAsync(b => b.Id == bookingId && b.DriveId == drive.Id, cancellationToken);
        if (booking is null)
        {
            return TypedResults.NotFound();
        }

        booking.Board(request.Leg == RunLeg.Out, request.Boarded!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await BookingsApi.ResponseAsync(db, booking, cancellationToken));
    }

    /// <summary>
    /// Records the transfusion centre's outcome. Donated: the donation date joins the donor's record and the donor is
    /// sent the date from which they may give again, with the next drive of the branch they could book from then, if any. Deferred on site: the deferral's end (or a permanent deferral).
    /// </summary>
    public static async Task<Results<Ok<BookingResponse>, NotFound>> RecordOutcome(
        Guid id, Guid bookingId, OutcomeRequest request, HttpContext http, EventsDbContext db, BookingDesk desk, DonorMessages messages, EventsAuditTrail audit,
        CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var drive = await BloodDriveAccess.FindAsync(db, id, staff, cancellationToken);
        var booking = drive is null ? null : await db.DonorBookings.FirstOrDefaultAsync(b => b.Id == bookingId && b.DriveId == drive.Id, cancellationToken);
        if (drive is null || booking is null)
        {
            return TypedResults.NotFound();
        }

        var slot = await db.DriveSlots.AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        var donor = await db.Donors.FirstAsync(d => d.Id == booking.DonorId, cancellationToken);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(SlotSizing.TimeZoneId)).DateTime);
        booking.Record(request.Outcome!.Value);
        if (request.Outcome == BookingOutcome.Donated)
        {
            donor.Donated(day);
            var rules = await desk.RulesAsync(drive, cancellationToken);
            var next = EligibilityCheck.Evaluate(rules, donor.Facts(null), day.AddDays(1));
            var from = next.Eligible ? day.AddDays(1) : next.EligibleFrom;
            if (donor.PhoneCiphertext is not null)
            {
                var suggestion = from is { } eligible ? await NextDriveSuggestion.FindAsync(db, drive, eligible, cancellationToken) : null;
                messages.NextEligible(drive.EventId, booking, donor.PhoneCiphertext, donor.Language, from, suggestion);
            }
        }
        else if (request.Outcome == BookingOutcome.DeferredOnSite)
        {
            if (request.PermanentDeferral == true)
            {
                donor.DeferPermanently();
            }
            else if (request.DeferredUntil is { } until)
            {
                donor.DeferUntil(until);
            }
        }

        audit.Record(staff, AuditActions.DonorOutcomeRecorded, drive.EventId, [booking.Id], request.Outcome.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await BookingsApi.ResponseAsync(db, booking, cancellationToken));
    }
}
