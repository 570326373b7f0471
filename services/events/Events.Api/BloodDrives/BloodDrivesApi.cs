using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.BloodDrives.Eligibility;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.BloodDrives.Slots;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Places;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.BloodDrives;

/// <summary>Blood drives for staff (<c>/api/events/blood-drives</c> at the gateway): the drive, its sites and generated slots, eligibility rule sets.</summary>
public static class BloodDrivesApi
{
    private static readonly string[] SortableFields = ["startsAt"];

    public static RouteGroupBuilder MapBloodDrivesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/blood-drives").WithTags("Blood drives").RequireAuthorization(BloodDriveAccess.StaffPolicy);
        group.MapPost("/", OpenDrive).Validate<DriveRequest>().RequireAuthorization(EventAccess.SchedulePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListDrives);
        group.MapGet("/{id:guid}", GetDrive);
        group.MapPost("/{id:guid}/sites", AddSite).Validate<SiteRequest>().RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapGet("/{id:guid}/slots", ListSlots);
        group.MapPut("/{id:guid}/slots/{slotId:guid}", ChangeSlot).Validate<SlotChangeRequest>().RequireAuthorization(EventAccess.SchedulePolicy)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/eligibility-rules", AddRuleSet).Validate<RuleSetRequest>().RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapGet("/eligibility-rules", ListRuleSets);
        return group;
    }

    /// <summary>Opens a blood drive on an event of kind blood drive, with its partner hospital and transfusion centre.</summary>
    public static async Task<Results<Created<DriveResponse>, NotFound, ValidationProblem>> OpenDrive(
        DriveRequest request, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EventId && e.AssociationId == staff.AssociationId, cancellationToken);
        if (awarenessEvent is null || !EventAccess.ActsFor(staff, awarenessEvent))
        {
            return TypedResults.NotFound();
        }

        if (awarenessEvent.Kind != EventKind.BloodDrive)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["eventId"] = ["The event is not of kind blood drive."] });
        }

        if (await db.BloodDrives.AnyAsync(d => d.EventId == awarenessEvent.Id, cancellationToken))
        {
            throw new EventRuleException("This event already has its blood drive.");
        }

        var drive = BloodDrive.Open(awarenessEvent.Id, awarenessEvent.AssociationId, awarenessEvent.BranchId, request.Hospital!, request.TransfusionCentre!, staff.Login, time.GetUtcNow());
        db.BloodDrives.Add(drive);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/events/blood-drives/{drive.Id}", await ResponseAsync(db, drive, awarenessEvent, cancellationToken));
    }

    /// <summary>
    /// The drives the staff member acts for (their branch's, or all of the association's for association-wide staff),
    /// by their event's start (<c>sort=-startsAt</c> for the latest first). No donor data: not audited.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<DriveListItem>>, ValidationProblem>> ListDrives(
        [AsParameters] PageQuery query, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var drives = from d in db.BloodDrives.AsNoTracking()
                     join e in db.AwarenessEvents.AsNoTracking() on d.EventId equals e.Id
                     where d.AssociationId == staff.AssociationId && (staff.BranchId == null || d.BranchId == staff.BranchId)
                     select new { Drive = d, Event = e };
        var total = await drives.CountAsync(cancellationToken);
        var ordered = query.Descending ? drives.OrderByDescending(x => x.Event.StartsAt) : drives.OrderBy(x => x.Event.StartsAt);
        var page = await ordered.ThenBy(x => x.Drive.Id).Skip(query.Skip).Take(query.Size)
            .Select(x => new { x.Drive.Id, x.Drive.EventId, x.Drive.BranchId, x.Event.Title, x.Event.Status, x.Event.StartsAt, x.Drive.Hospital, x.Drive.TransfusionCentre, Sites = x.Drive.Sites.Count })
            .ToListAsync(cancellationToken);
        var items = page.Select(x => new DriveListItem(x.Id, x.EventId, x.BranchId, x.Title, JsonNamingPolicy.KebabCaseLower.ConvertName(x.Status.ToString()), x.StartsAt, x.Hospital, x.TransfusionCentre, x.Sites)).ToList();
        return TypedResults.Ok(new PagedResult<DriveListItem>(items, query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<DriveResponse>, NotFound>> GetDrive(Guid id, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        if (drive is null)
        {
            return TypedResults.NotFound();
        }

        var awarenessEvent = await db.AwarenessEvents.AsNoTracking().FirstAsync(e => e.Id == drive.EventId, cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, drive, awarenessEvent, cancellationToken));
    }

    /// <summary>
    /// Adds a site and generates its slots: back to back through each opening day, each taking
    /// min(waiting room, chairs × slot minutes ÷ minutes per donor) donors.
    /// </summary>
    public static async Task<Results<Created<SiteResponse>, NotFound, ValidationProblem>> AddSite(
        Guid id, SiteRequest request, HttpContext http, EventsDbContext db, EventCities cities, TimeProvider time, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        if (drive is null)
        {
            return TypedResults.NotFound();
        }

        if (cities.CodeOf(request.City) is not { } city)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["city"] = [EventCities.Message] });
        }

        var now = time.GetUtcNow();
        var site = DriveSite.Add(drive.Id, request, city, now);
        db.DriveSites.Add(site);
        var slots = SlotSizing.Slots(site.OpeningHours, site.SlotMinutes).Select(s => DriveSlot.Generate(drive.Id, site.Id, s.StartsAt, s.EndsAt, site.BatchSize)).ToList();
        db.DriveSlots.AddRange(slots);
        // The new slots and their places for the public calendar commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await FreePlacesMessage.AddAsync(db, slots, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/events/blood-drives/{drive.Id}", SiteResponse.From(site, slots.Count));
    }

    /// <summary>Every slot of the drive with its places booked and free (no names).</summary>
    public static async Task<Results<Ok<List<SlotResponse>>, NotFound>> ListSlots(Guid id, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        return drive is null ? TypedResults.NotFound() : TypedResults.Ok(await SlotsAsync(db, drive.Id, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>Changes one slot's batch size; never below the places it holds (409).</summary>
    public static async Task<Results<Ok<SlotResponse>, NotFound>> ChangeSlot(
        Guid id, Guid slotId, SlotChangeRequest request, HttpContext http, EventsDbContext db, BookingDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        var slot = drive is null ? null : await desk.LockSlotAsync(drive.Id, slotId, cancellationToken);
        if (slot is null)
        {
            return TypedResults.NotFound();
        }

        var booked = await desk.PlacesTakenAsync(slot.Id, cancellationToken);
        slot.Resize(request.Capacity!.Value, booked);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(new SlotResponse(slot.Id, slot.SiteId, slot.StartsAt, slot.EndsAt, slot.Capacity, booked, slot.Capacity - booked));
    }

    /// <summary>Adds the next version of a transfusion centre's eligibility rules; bookings apply the latest.</summary>
    public static async Task<Created<EligibilityRuleSet>> AddRuleSet(RuleSetRequest request, HttpContext http, EventsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var centre = request.TransfusionCentre!.Trim();
        var last = await db.EligibilityRuleSets.Where(r => r.AssociationId == staff.AssociationId && r.TransfusionCentre == centre)
            .MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0;
        var rules = EligibilityRuleSet.Add(staff.AssociationId, request, last + 1, staff.Login, time.GetUtcNow());
        db.EligibilityRuleSets.Add(rules);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new EventRuleException("Another version of these rules was added at the same moment; try again.");
        }

        return TypedResults.Created("/api/events/blood-drives/eligibility-rules", rules);
    }

    /// <summary>The association's rule sets, every version, and the defaults that apply where none was recorded.</summary>
    public static async Task<Ok<RuleSetsResponse>> ListRuleSets(HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var sets = await db.EligibilityRuleSets.AsNoTracking().Where(r => r.AssociationId == staff.AssociationId)
            .OrderBy(r => r.TransfusionCentre).ThenBy(r => r.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RuleSetsResponse(EligibilityRules.Defaults, sets));
    }

    public static async Task<List<SlotResponse>> SlotsAsync(EventsDbContext db, Guid driveId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slots = await db.DriveSlots.AsNoTracking().Where(s => s.DriveId == driveId).OrderBy(s => s.StartsAt).ThenBy(s => s.SiteId).ToListAsync(cancellationToken);
        var booked = await db.DonorBookings.Where(b => b.DriveId == driveId
                && (b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now)))
            .GroupBy(b => b.SlotId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return slots.Select(s =>
        {
            var taken = booked.GetValueOrDefault(s.Id);
            return new SlotResponse(s.Id, s.SiteId, s.StartsAt, s.EndsAt, s.Capacity, taken, Math.Max(0, s.Capacity - taken));
        }).ToList();
    }

    private static async Task<DriveResponse> ResponseAsync(EventsDbContext db, BloodDrive drive, AwarenessEvent awarenessEvent, CancellationToken cancellationToken)
    {
        var slotCounts = await db.DriveSlots.Where(s => s.DriveId == drive.Id).GroupBy(s => s.SiteId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new DriveResponse(drive.Id, drive.EventId, awarenessEvent.Title, JsonNamingPolicy.KebabCaseLower.ConvertName(awarenessEvent.Status.ToString()),
            drive.Hospital, drive.TransfusionCentre, drive.Sites.OrderBy(s => s.Name).Select(s => SiteResponse.From(s, slotCounts.GetValueOrDefault(s.Id))).ToList());
    }
}
