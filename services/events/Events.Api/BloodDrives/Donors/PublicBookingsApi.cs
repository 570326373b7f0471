using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// Donors book themselves, anonymously, through the gateway's <c>/public/v1/blood-drives/**</c> route: rate-limited per
/// client with the public registrations' limiter (429 with Retry-After), the place (and seats) held until the phone is
/// confirmed by the code sent to it by SMS. The donor then sees, cancels or erases with the booking code and the phone.
/// Answers carry no name and no phone.
/// </summary>
public static class PublicBookingsApi
{
    public static RouteGroupBuilder MapPublicBloodDrivesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/blood-drives/{id:guid}").WithTags("Public blood drives").AllowAnonymous();
        group.MapGet("/slots", Slots);
        group.MapPost("/bookings", BookOnline).Validate<BookingRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/bookings/confirm", Confirm).Validate<OwnBookingRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/bookings/status", Status).Validate<OwnBookingRequest>();
        group.MapPost("/bookings/cancel", CancelOwn).Validate<OwnBookingRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/donors/erase", Erase).Validate<OwnBookingRequest>();
        return group;
    }

    /// <summary>The published drive's slots with their free places (no names).</summary>
    public static async Task<Results<Ok<List<PublicSlotResponse>>, NotFound>> Slots(Guid id, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var drive = await PublishedAsync(db, id, cancellationToken);
        if (drive is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var slots = await BloodDrivesApi.SlotsAsync(db, drive.Id, now, cancellationToken);
        var withTransport = await db.TransportRuns.Where(r => r.DriveId == drive.Id && r.CancelledAt == null).Select(r => r.SlotId).Distinct().ToListAsync(cancellationToken);
        var sites = drive.Sites.ToDictionary(s => s.Id);
        return TypedResults.Ok(slots.Where(s => s.StartsAt > now)
            .Select(s => new PublicSlotResponse(s.Id, sites[s.SiteId].Name, sites[s.SiteId].City, s.StartsAt, s.EndsAt, s.Free, withTransport.Contains(s.Id))).ToList());
    }

    /// <summary>Books a place (and a round trip when a pickup point is given), held until the SMS code is confirmed.</summary>
    public static async Task<Results<Created<BookingResponse>, NotFound, ProblemHttpResult>> BookOnline(
        Guid id, BookingRequest request, HttpContext http, EventsDbContext db, BookingDesk desk, PublicRegistrationLimiter limiter, CancellationToken cancellationToken)
    {
        if (await limiter.AcquireAsync(http, cancellationToken) is { } retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many bookings from this client.",
                detail: $"Try again in {seconds} seconds.", type: "https://tools.ietf.org/html/rfc6585#section-4");
        }

        var drive = await PublishedAsync(db, id, cancellationToken);
        var booking = drive is null ? null : await desk.BookAsync(drive, request.SlotId!.Value, request, online: true, null, cancellationToken);
        if (booking is null)
        {
            return TypedResults.NotFound();
        }

        await desk.CommitAsync(cancellationToken);
        return TypedResults.Created($"/public/v1/blood-drives/{id}/bookings", await BookingsApi.ResponseAsync(db, booking, cancellationToken));
    }

    /// <summary>Confirms the phone with the SMS code: the booking counts for good (five wrong codes cancel it).</summary>
    public static async Task<Results<Ok<BookingResponse>, NotFound, ValidationProblem>> Confirm(
        Guid id, OwnBookingRequest request, EventsDbContext db, BookingDesk desk, DonorContacts contacts, DonorMessages messages, TimeProvider time, CancellationToken cancellationToken)
    {
        var own = await FindOwnAsync(db, contacts, id, request, cancellationToken);
        if (own is null || await desk.LockSlotAsync(own.Value.Booking.DriveId, own.Value.Booking.SlotId, cancellationToken) is not { } slot)
        {
            return TypedResults.NotFound();
        }

        var booking = await db.DonorBookings.FirstAsync(b => b.Id == own.Value.Booking.Id, cancellationToken);
        var confirmed = booking.Confirm(request.SmsCode ?? "", time.GetUtcNow());
        if (confirmed)
        {
            var response = await BookingsApi.ResponseAsync(db, booking, cancellationToken);
            var point = booking.PickupPointId is { } p ? await db.PickupPoints.AsNoTracking().FirstAsync(x => x.Id == p, cancellationToken) : null;
            var drive = await db.BloodDrives.AsNoTracking().FirstAsync(d => d.Id == booking.DriveId, cancellationToken);
            messages.Booked(drive.EventId, booking, own.Value.Donor.PhoneCiphertext!, own.Value.Donor.Language, slot.StartsAt, point?.Name, response.PickupAt);
        }

        await desk.CommitAsync(cancellationToken);
        return confirmed
            ? TypedResults.Ok(await BookingsApi.ResponseAsync(db, booking, cancellationToken))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["smsCode"] = ["This is not the code sent by SMS."] });
    }

    public static async Task<Results<Ok<BookingResponse>, NotFound>> Status(
        Guid id, OwnBookingRequest request, EventsDbContext db, DonorContacts contacts, CancellationToken cancellationToken)
    {
        var own = await FindOwnAsync(db, contacts, id, request, cancellationToken);
        return own is null ? TypedResults.NotFound() : TypedResults.Ok(await BookingsApi.ResponseAsync(db, own.Value.Booking, cancellationToken));
    }

    /// <summary>Cancels one's booking; the place and seats go back at once.</summary>
    public static async Task<Results<Ok<BookingResponse>, NotFound>> CancelOwn(
        Guid id, OwnBookingRequest request, EventsDbContext db, BookingDesk desk, DonorContacts contacts, TimeProvider time, CancellationToken cancellationToken)
    {
        var own = await FindOwnAsync(db, contacts, id, request, cancellationToken);
        if (own is null || await desk.LockSlotAsync(own.Value.Booking.DriveId, own.Value.Booking.SlotId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var booking = await db.DonorBookings.FirstAsync(b => b.Id == own.Value.Booking.Id, cancellationToken);
        booking.Cancel(time.GetUtcNow());
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(await BookingsApi.ResponseAsync(db, booking, cancellationToken));
    }

    /// <summary>
    /// The donor's erasure: their open bookings are cancelled and nothing that names them stays (name, phone, city,
    /// birth date); the rows remain, anonymous, for the drive's figures. The bookings' slots are locked in id order, as
    /// every writer of places does, so the freed places reach the public calendar like any cancellation.
    /// </summary>
    public static async Task<Results<NoContent, NotFound>> Erase(
        Guid id, OwnBookingRequest request, EventsDbContext db, BookingDesk desk, DonorContacts contacts, TimeProvider time, CancellationToken cancellationToken)
    {
        var own = await FindOwnAsync(db, contacts, id, request, cancellationToken);
        if (own is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var donorId = own.Value.Donor.Id;
        var open = await db.DonorBookings.AsNoTracking()
            .Where(b => b.DonorId == donorId && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.AwaitingConfirmation))
            .Select(b => new { b.Id, b.DriveId, b.SlotId }).ToListAsync(cancellationToken);
        await desk.BeginAsync(cancellationToken);
        foreach (var slot in open.DistinctBy(b => b.SlotId).OrderBy(b => b.SlotId))
        {
            await desk.LockSlotRowAsync(slot.DriveId, slot.SlotId, cancellationToken);
        }

        var openIds = open.Select(b => b.Id).ToList();
        foreach (var booking in await db.DonorBookings.Where(b => openIds.Contains(b.Id)
            && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.AwaitingConfirmation)).ToListAsync(cancellationToken))
        {
            booking.Cancel(now);
        }

        var donor = await db.Donors.FirstAsync(d => d.Id == donorId, cancellationToken);
        donor.Erase(now);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Sites.BloodDrive?> PublishedAsync(EventsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var drive = await db.BloodDrives.AsNoTracking().Include(d => d.Sites).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (drive is null)
        {
            return null;
        }

        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstAsync(e => e.Id == drive.EventId, cancellationToken);
        return awarenessEvent.IsOnPublicCalendar && awarenessEvent.TakesRegistrations ? drive : null;
    }

    private static async Task<(DonorBooking Booking, Donor Donor)?> FindOwnAsync(EventsDbContext db, DonorContacts contacts, Guid driveId, OwnBookingRequest request, CancellationToken cancellationToken)
    {
        var code = request.Code?.Trim().ToUpperInvariant() ?? "";
        if (!RegistrationCodes.LooksLikeCode(code) || !Protection.IdentifierNormalizer.IsValidPhone(request.Phone))
        {
            return null;
        }

        var index = contacts.IndexOf(request.Phone!);
        var found = await (from b in db.DonorBookings.AsNoTracking()
                           join d in db.Donors.AsNoTracking() on b.DonorId equals d.Id
                           where b.DriveId == driveId && b.Code == code && d.PhoneIndex == index
                           select new { Booking = b, Donor = d }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Booking, found.Donor);
    }
}
