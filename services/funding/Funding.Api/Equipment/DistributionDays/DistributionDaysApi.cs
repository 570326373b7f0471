using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Equipment.Assignments;
using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.DistributionDays;

/// <summary>
/// Distribution days: planned with a date and a place, chairs reserved for a list of children across regions, then
/// each reservation recorded as handed out (an assignment, with the guardian's acknowledgement) or not (the chair back in stock).
/// </summary>
public static class DistributionDaysApi
{
    public static RouteGroupBuilder MapDistributionDaysApi(this RouteGroupBuilder equipment)
    {
        equipment.MapPost("/distribution-days", PlanDay).Validate<PlanDistributionDayRequest>().RequireAuthorization(EquipmentPolicies.Manage);
        equipment.MapGet("/distribution-days", ListDays);
        equipment.MapGet("/distribution-days/{id:guid}", GetDay);
        equipment.MapPost("/distribution-days/{id:guid}/reservations", Reserve).Validate<ReserveRequest>().RequireAuthorization(EquipmentPolicies.Manage)
            .ProducesProblem(StatusCodes.Status409Conflict);
        equipment.MapPost("/distribution-days/{id:guid}/reservations/{reservationId:guid}/hand-out", HandOut).Validate<HandOutRequest>()
            .RequireAuthorization(EquipmentPolicies.Manage).ProducesProblem(StatusCodes.Status409Conflict);
        equipment.MapPost("/distribution-days/{id:guid}/reservations/{reservationId:guid}/not-handed-out", RecordNotHandedOut).Validate<NotHandedOutRequest>()
            .RequireAuthorization(EquipmentPolicies.Manage).ProducesProblem(StatusCodes.Status409Conflict);
        return equipment;
    }

    public static async Task<Created<DistributionDayResponse>> PlanDay(PlanDistributionDayRequest request, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var day = DistributionDay.Plan(staff.AssociationId, request.Name!.Trim(), request.HeldOn!.Value, request.Place!.Trim(), staff.Login, time.GetUtcNow());
        db.DistributionDays.Add(day);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/equipment/distribution-days/{day.Id}", new DistributionDayResponse(day.Id, day.Name, day.HeldOn, day.Place, 0, 0, 0, []));
    }

    /// <summary>The association's distribution days, latest first, with their counts.</summary>
    public static async Task<Ok<List<DistributionDayResponse>>> ListDays(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var days = await db.DistributionDays.AsNoTracking().Where(d => d.AssociationId == association).OrderByDescending(d => d.HeldOn).ThenBy(d => d.Id).Take(200)
            .Select(d => new DistributionDayResponse(d.Id, d.Name, d.HeldOn, d.Place,
                d.Reservations.Count(r => r.Outcome == ReservationOutcome.Reserved),
                d.Reservations.Count(r => r.Outcome == ReservationOutcome.HandedOut),
                d.Reservations.Count(r => r.Outcome == ReservationOutcome.NotHandedOut), null))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(days);
    }

    /// <summary>A distribution day with its list: each child (id and region), the chair reserved, and what became of it.</summary>
    public static async Task<Results<Ok<DistributionDayResponse>, NotFound>> GetDay(Guid id, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var day = await db.DistributionDays.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.AssociationId == staff.AssociationId, cancellationToken);
        if (day is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await db.DistributionReservations.AsNoTracking().Where(r => r.DayId == id)
            .Join(db.EquipmentItems, r => r.ItemId, i => i.Id, (r, i) => new { r, i })
            .ToListAsync(cancellationToken);
        var reservations = rows.OrderBy(x => x.r.RegionCode, StringComparer.Ordinal).ThenBy(x => x.r.ReservedAt).Select(x => Respond(x.r, x.i)).ToList();
        services.Audit.Record(staff, EquipmentAuditActions.DistributionDayRead, reservations.Select(r => r.PatientId), $"day={id}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DistributionDayResponse(day.Id, day.Name, day.HeldOn, day.Place,
            reservations.Count(r => r.Outcome == ReservationOutcome.Reserved), reservations.Count(r => r.Outcome == ReservationOutcome.HandedOut),
            reservations.Count(r => r.Outcome == ReservationOutcome.NotHandedOut), reservations));
    }

    /// <summary>
    /// Reserves a chair in stock for a child with a mobility need (400 for a patient or chair not of the association, 409
    /// without a need, for a chair not in stock, or a child already on the day's list).
    /// </summary>
    public static async Task<Results<Created<ReservationResponse>, NotFound, ValidationProblem>> Reserve(
        Guid id, ReserveRequest request, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        if (!await db.DistributionDays.AnyAsync(d => d.Id == id && d.AssociationId == staff.AssociationId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var child = await Children.FindAsync(db, staff, request.PatientId!.Value, cancellationToken);
        if (child is null)
        {
            return TypedResults.ValidationProblem(Children.NotFound());
        }

        Children.EnsureNeedsEquipment(child);
        var now = services.Time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await EquipmentRows.LockAsync(db, staff.AssociationId, request.ItemId!.Value, cancellationToken);
        if (item is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["itemId"] = ["No equipment of your association has this id."] });
        }

        var reservation = DistributionReservation.For(id, staff.AssociationId, item.Id, child.PatientId, child.RegionCode, now);
        item.Reserve($"Reserved for distribution day {id}", staff.Login, now);
        db.DistributionReservations.Add(reservation);
        services.Audit.Record(staff, EquipmentAuditActions.Reserved, [child.PatientId], $"day={id};reservation={reservation.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, DistributionReservationConfiguration.OncePerDayIndex))
        {
            throw new FundingConflictException("The child is on this day's list already.", "Record the reservation they have as not handed out to reserve another chair.");
        }

        await transaction.CommitAsync(cancellationToken);
        EquipmentLog.Reserved(services.Logger, item.Id, id);
        return TypedResults.Created($"/equipment/distribution-days/{id}", Respond(reservation, item));
    }

    /// <summary>The reserved chair handed to the child: an assignment with the guardian's acknowledgement (409 if the reservation is settled).</summary>
    public static async Task<Results<Ok<ReservationResponse>, NotFound>> HandOut(
        Guid id, Guid reservationId, HandOutRequest request, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var found = await FindReservationAsync(db, staff, id, reservationId, cancellationToken);
        var child = found is null ? null : await Children.FindAsync(db, staff, found.PatientId, cancellationToken);
        if (found is null || child is null)
        {
            return TypedResults.NotFound();
        }

        Children.EnsureNeedsEquipment(child);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await EquipmentRows.LockAsync(db, staff.AssociationId, found.ItemId, cancellationToken);
        var reservation = await db.DistributionReservations.FirstAsync(r => r.Id == reservationId, cancellationToken);
        var assignment = await Handover.AssignAsync(services, staff, item!, child, request.GuardianName!, request.AcknowledgedAt!.Value, request.ReviewOn, id, cancellationToken);
        reservation.HandedOut(assignment.Id, services.Time.GetUtcNow());
        await AssignmentsApi.SaveAssignmentAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EquipmentLog.Assigned(services.Logger, item!.Id, assignment.Id);
        return TypedResults.Ok(Respond(reservation, item));
    }

    /// <summary>A reserved chair not handed out, with the reason: the chair goes back to stock (409 if the reservation is settled).</summary>
    public static async Task<Results<Ok<ReservationResponse>, NotFound>> RecordNotHandedOut(
        Guid id, Guid reservationId, NotHandedOutRequest request, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var found = await FindReservationAsync(db, staff, id, reservationId, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var now = services.Time.GetUtcNow();
        var reason = request.Reason!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await EquipmentRows.LockAsync(db, staff.AssociationId, found.ItemId, cancellationToken);
        var reservation = await db.DistributionReservations.FirstAsync(r => r.Id == reservationId, cancellationToken);
        reservation.NotHandedOut(reason, now);
        item!.ReleaseReservation($"Not handed out on distribution day {id}: {reason}", staff.Login, now);
        services.Audit.Record(staff, EquipmentAuditActions.ReservationSettled, [reservation.PatientId], $"day={id};reservation={reservation.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EquipmentLog.NotHandedOut(services.Logger, reservation.Id, item.Id);
        return TypedResults.Ok(Respond(reservation, item));
    }

    private static Task<DistributionReservation?> FindReservationAsync(FundingDbContext db, StaffMember staff, Guid dayId, Guid reservationId, CancellationToken cancellationToken) =>
        db.DistributionReservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reservationId && r.DayId == dayId && r.AssociationId == staff.AssociationId, cancellationToken);

    private static ReservationResponse Respond(DistributionReservation r, EquipmentItem item) =>
        new(r.Id, r.PatientId, r.RegionCode, r.ItemId, item.SerialNumber, r.Outcome, r.AssignmentId, r.Note, r.ReservedAt, r.ResolvedAt);
}
