using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Places;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>Round-trip transport for coordinators: pickup points, vehicles, runs tied to slots, cancellations that move or flag passengers.</summary>
public static class TransportApi
{
    /// <summary>The exclusion constraint that keeps a vehicle off two overlapping live runs.</summary>
    public const string NoOverlapConstraint = "ex_transport_runs_vehicle_no_overlap";

    public static RouteGroupBuilder MapBloodDriveTransportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/blood-drives").WithTags("Blood-drive transport").RequireAuthorization(EventAccess.SchedulePolicy);
        group.MapPost("/pickup-points", AddPickupPoint).Validate<PickupPointRequest>();
        group.MapGet("/pickup-points", ListPickupPoints);
        group.MapPost("/vehicles", AddVehicle).Validate<VehicleRequest>();
        group.MapGet("/vehicles/{vehicleId:guid}", GetVehicle);
        group.MapPost("/vehicles/{vehicleId:guid}/withdraw", WithdrawVehicle).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/runs", PlanRun).Validate<RunRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/runs", ListRuns);
        group.MapPost("/{id:guid}/runs/{runId:guid}/cancel", CancelRun).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/transport-at-risk", TransportAtRisk);
        return group;
    }

    public static async Task<Results<Created<PickupPointResponse>, ValidationProblem>> AddPickupPoint(
        PickupPointRequest request, HttpContext http, EventsDbContext db, EventCities cities, TimeProvider time, CancellationToken cancellationToken)
    {
        if (cities.CodeOf(request.City) is not { } city)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["city"] = [EventCities.Message] });
        }

        var point = PickupPoint.Add(http.Staff().AssociationId, city, request.Name!, time.GetUtcNow());
        db.PickupPoints.Add(point);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created("/api/events/blood-drives/pickup-points", new PickupPointResponse(point.Id, point.City, point.Name));
    }

    public static async Task<Ok<List<PickupPointResponse>>> ListPickupPoints(string? city, HttpContext http, EventsDbContext db, EventCities cities, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var code = cities.CodeOf(city);
        return TypedResults.Ok(await db.PickupPoints.AsNoTracking()
            .Where(p => p.AssociationId == staff.AssociationId && (city == null || p.City == code))
            .OrderBy(p => p.City).ThenBy(p => p.Name).Take(500)
            .Select(p => new PickupPointResponse(p.Id, p.City, p.Name)).ToListAsync(cancellationToken));
    }

    public static async Task<Created<VehicleResponse>> AddVehicle(
        VehicleRequest request, HttpContext http, EventsDbContext db, DonorContacts contacts, TimeProvider time, CancellationToken cancellationToken)
    {
        var vehicle = Vehicle.Add(http.Staff().AssociationId, request, request.DriverPhone is null ? null : contacts.Encrypt(request.DriverPhone), time.GetUtcNow());
        db.Vehicles.Add(vehicle);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/events/blood-drives/vehicles/{vehicle.Id}", VehicleResponse.From(vehicle));
    }

    public static async Task<Results<Ok<VehicleResponse>, NotFound>> GetVehicle(Guid vehicleId, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var vehicle = await db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vehicleId && v.AssociationId == staff.AssociationId, cancellationToken);
        return vehicle is null ? TypedResults.NotFound() : TypedResults.Ok(VehicleResponse.From(vehicle));
    }

    /// <summary>Withdraws a vehicle: each of its live runs still to come is cancelled, its passengers moved to another run or flagged.</summary>
    public static async Task<Results<Ok<WithdrawalResponse>, NotFound>> WithdrawVehicle(
        Guid vehicleId, HttpContext http, EventsDbContext db, BookingDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var vehicle = await db.Vehicles.FirstOrDefaultAsync(v => v.Id == vehicleId && v.AssociationId == staff.AssociationId, cancellationToken);
        if (vehicle is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var runs = await db.TransportRuns.AsNoTracking().Where(r => r.VehicleId == vehicle.Id && r.CancelledAt == null && r.ArrivesAt > now)
            .Select(r => new { r.Id, r.SlotId, r.DriveId }).ToListAsync(cancellationToken);
        var drives = await db.BloodDrives.Where(d => runs.Select(r => r.DriveId).Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        if (drives.Values.Any(d => !BloodDriveAccess.ActsFor(staff, d)))
        {
            throw new EventRuleException("This vehicle has runs in another branch's drive; a coordinator of the association withdraws it.");
        }

        await desk.BeginAsync(cancellationToken);
        var cancellations = new List<RunCancellation>();
        // Slots in id order, each slot's runs after it: the order every booking takes its locks in.
        foreach (var bySlot in runs.GroupBy(r => r.SlotId).OrderBy(g => g.Key))
        {
            var slot = (await desk.LockSlotRowAsync(bySlot.First().DriveId, bySlot.Key, cancellationToken))!;
            var slotRuns = await db.TransportRuns.AsNoTracking().Where(r => r.SlotId == slot.Id && r.CancelledAt == null).Select(r => r.Id).ToListAsync(cancellationToken);
            var locked = await desk.LockRunsAsync(slotRuns, cancellationToken);
            foreach (var run in locked.Where(r => r.VehicleId == vehicle.Id))
            {
                cancellations.Add(await desk.CancelRunAsync(drives[run.DriveId], slot, run, cancellationToken));
            }
        }

        vehicle.Withdraw(now);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(new WithdrawalResponse(vehicle.Id, cancellations));
    }

    /// <summary>
    /// Plans a run for a slot. Out: it reaches the site at least 15 minutes before the slot starts; back: it leaves at
    /// least 15 minutes after the slot ends (rest after donating). Its stops are pickup points of its city (else 400);
    /// its vehicle is on no other live run at an overlapping time (409).
    /// </summary>
    public static async Task<Results<Created<RunResponse>, NotFound, ValidationProblem>> PlanRun(
        Guid id, RunRequest request, HttpContext http, EventsDbContext db, EventCities cities, BookingDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var drive = await BloodDriveAccess.FindAsync(db, id, staff, cancellationToken);
        var slot = drive is null ? null : await db.DriveSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SlotId && s.DriveId == drive.Id, cancellationToken);
        var vehicle = await db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VehicleId && v.AssociationId == staff.AssociationId, cancellationToken);
        if (drive is null || slot is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (vehicle is null || vehicle.WithdrawnAt is not null)
        {
            errors["vehicleId"] = ["No such vehicle in service."];
        }

        var city = cities.CodeOf(request.City);
        if (city is null)
        {
            errors["city"] = [EventCities.Message];
        }

        if (request.Leg == RunLeg.Out && request.ArrivesAt > slot.StartsAt - TransportRun.ArrivalMargin)
        {
            errors["arrivesAt"] = [$"An out run reaches the site at least {TransportRun.ArrivalMargin.TotalMinutes:0} minutes before its slot starts ({slot.StartsAt:u})."];
        }

        if (request.Leg == RunLeg.Back && request.DepartsAt < slot.EndsAt + TransportRun.RestAfterDonating)
        {
            errors["departsAt"] = [$"A back run leaves the site at least {TransportRun.RestAfterDonating.TotalMinutes:0} minutes after its slot ends ({slot.EndsAt:u})."];
        }

        var pointIds = request.Stops!.Select(s => s.PickupPointId).Distinct().ToList();
        var points = await db.PickupPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id) && p.AssociationId == staff.AssociationId).ToListAsync(cancellationToken);
        if (points.Count != pointIds.Count)
        {
            errors["stops"] = ["A stop names no pickup point of the association."];
        }
        else if (city is not null && points.Any(p => p.City != city))
        {
            errors["stops"] = ["A pickup point is in another city than the run."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var run = TransportRun.Plan(drive.Id, slot.Id, vehicle!, request.Leg!.Value, city!, request.DepartsAt!.Value, request.ArrivesAt!.Value, request.Stops!, time.GetUtcNow());
        db.TransportRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            throw new EventRuleException("This vehicle is on another run at an overlapping time.");
        }

        return TypedResults.Created($"/api/events/blood-drives/{drive.Id}/runs", await ResponseAsync(desk, run, cancellationToken));
    }

    public static async Task<Results<Ok<List<RunResponse>>, NotFound>> ListRuns(Guid id, HttpContext http, EventsDbContext db, BookingDesk desk, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        if (drive is null)
        {
            return TypedResults.NotFound();
        }

        var runs = await db.TransportRuns.AsNoTracking().Where(r => r.DriveId == drive.Id).OrderBy(r => r.DepartsAt).ToListAsync(cancellationToken);
        var responses = new List<RunResponse>();
        foreach (var run in runs)
        {
            responses.Add(await ResponseAsync(desk, run, cancellationToken));
        }

        return TypedResults.Ok(responses);
    }

    /// <summary>Cancels a run: each passenger moves to another run of the slot with a seat, or is flagged "transport at risk".</summary>
    public static async Task<Results<Ok<RunCancellation>, NotFound>> CancelRun(
        Guid id, Guid runId, HttpContext http, EventsDbContext db, BookingDesk desk, CancellationToken cancellationToken)
    {
        var drive = await BloodDriveAccess.FindAsync(db, id, http.Staff(), cancellationToken);
        var found = drive is null ? null : await db.TransportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.DriveId == drive.Id, cancellationToken);
        var slot = found is null ? null : await desk.LockSlotAsync(drive!.Id, found.SlotId, cancellationToken);
        if (slot is null)
        {
            return TypedResults.NotFound();
        }

        var slotRuns = await db.TransportRuns.AsNoTracking().Where(r => r.SlotId == slot.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var runs = await desk.LockRunsAsync(slotRuns, cancellationToken);
        var result = await desk.CancelRunAsync(drive!, slot, runs.First(r => r.Id == runId), cancellationToken);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(result);
    }

    /// <summary>Donors flagged "transport at risk", with their phones for the coordinator who calls them. Audited.</summary>
    public static async Task<Results<Ok<List<AtRiskEntry>>, NotFound>> TransportAtRisk(
        Guid id, HttpContext http, EventsDbContext db, DonorContacts contacts, EventsAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var drive = await BloodDriveAccess.FindAsync(db, id, staff, cancellationToken);
        if (drive is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await (from b in db.DonorBookings.AsNoTracking()
                          join d in db.Donors.AsNoTracking() on b.DonorId equals d.Id
                          join s in db.DriveSlots.AsNoTracking() on b.SlotId equals s.Id
                          where b.DriveId == drive.Id && b.TransportAtRisk && b.Status != BookingStatus.Cancelled
                          orderby s.StartsAt
                          select new { b.Id, b.Code, d.Name, d.PhoneCiphertext, b.SlotId, s.StartsAt, b.PickupPointId }).ToListAsync(cancellationToken);
        audit.Record(staff, AuditActions.TransportAtRiskListed, drive.EventId, rows.Select(r => r.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => new AtRiskEntry(r.Id, r.Code, r.Name, contacts.PhoneOf(r.PhoneCiphertext), r.SlotId, r.StartsAt, r.PickupPointId)).ToList());
    }

    private static async Task<RunResponse> ResponseAsync(BookingDesk desk, TransportRun run, CancellationToken cancellationToken)
    {
        var (seats, wheelchairs) = await desk.SeatsTakenAsync(run, cancellationToken);
        return new RunResponse(run.Id, run.SlotId, run.VehicleId, run.Leg, run.City, run.DepartsAt, run.ArrivesAt, run.Seats, seats, run.WheelchairPlaces, wheelchairs, run.Stops, !run.Live);
    }
}
