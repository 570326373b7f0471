using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.Assignments;

/// <summary>Equipment assigned to children: handed out with the guardian's acknowledgement, read, returned.</summary>
public static class AssignmentsApi
{
    public static RouteGroupBuilder MapEquipmentAssignmentsApi(this RouteGroupBuilder equipment)
    {
        equipment.MapPost("/items/{id:guid}/assignments", AssignEquipment).Validate<AssignEquipmentRequest>().RequireAuthorization(EquipmentPolicies.Manage)
            .ProducesProblem(StatusCodes.Status409Conflict);
        equipment.MapGet("/assignments", ListAssignments);
        equipment.MapGet("/assignments/{id:guid}", GetAssignment);
        equipment.MapPost("/assignments/{id:guid}/return", ReturnEquipment).Validate<ReturnEquipmentRequest>().RequireAuthorization(EquipmentPolicies.Manage)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return equipment;
    }

    /// <summary>
    /// Assigns equipment in stock to a child of the association whose record shows a mobility need (400 for a patient
    /// Funding does not know in the association; 409 without a need). The item is locked while it moves: of concurrent
    /// requests for one chair exactly one wins, the others get 409.
    /// </summary>
    public static async Task<Results<Created<AssignmentResponse>, NotFound, ValidationProblem>> AssignEquipment(
        Guid id, AssignEquipmentRequest request, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var child = await Children.FindAsync(db, staff, request.PatientId!.Value, cancellationToken);
        if (child is null)
        {
            return TypedResults.ValidationProblem(Children.NotFound());
        }

        Children.EnsureNeedsEquipment(child);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await EquipmentRows.LockAsync(db, staff.AssociationId, id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (item.Status == EquipmentStatus.Reserved)
        {
            throw new FundingConflictException("The equipment is reserved for a distribution day.", "Hand it out through its reservation, or record it as not handed out first.",
                new Dictionary<string, object?> { ["currentStatus"] = EquipmentStatusNames.Of(item.Status) });
        }

        var assignment = await Handover.AssignAsync(services, staff, item, child, request.GuardianName!, request.AcknowledgedAt!.Value, request.ReviewOn, null, cancellationToken);
        await SaveAssignmentAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EquipmentLog.Assigned(services.Logger, item.Id, assignment.Id);
        return TypedResults.Created($"/equipment/assignments/{assignment.Id}", AssignmentResponse.From(assignment, item, staff, services.Guardians));
    }

    /// <summary>Saves an assignment; the unique open-assignment index is the last guard against a second child.</summary>
    public static async Task SaveAssignmentAsync(FundingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, EquipmentAssignmentConfiguration.OneOpenPerItemIndex))
        {
            throw new FundingConflictException("The equipment is assigned already.", "It is with another child; it has to be returned first.");
        }
    }

    /// <summary>The association's assignments (of one child, of one item, open only), newest first; guardians' names only for admins and coordinators.</summary>
    public static async Task<Results<Ok<PagedResult<AssignmentResponse>>, ValidationProblem>> ListAssignments(
        Guid? patientId, Guid? itemId, bool? open, int? page, int? pageSize, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var query = Visible(services.Db, staff);
        query = patientId is { } patient ? query.Where(a => a.PatientId == patient) : query;
        query = itemId is { } item ? query.Where(a => a.ItemId == item) : query;
        query = open is { } isOpen ? query.Where(a => (a.ReturnedAt == null) == isOpen) : query;
        var total = await query.CountAsync(cancellationToken);
        // Joined before ordering: an ORDER BY under a join is not kept by SQL, so the order comes last, once.
        var rows = await query.Join(services.Db.EquipmentItems, a => a.ItemId, i => i.Id, (a, i) => new { a, i })
            .OrderByDescending(r => r.a.AssignedAt).ThenBy(r => r.a.Id).Skip(paging.Skip).Take(paging.Size)
            .ToListAsync(cancellationToken);
        services.Audit.Record(staff, EquipmentAuditActions.AssignmentsListed, rows.Select(r => r.a.PatientId).Distinct(), $"page={paging.PageNumber}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AssignmentResponse>(
            rows.Select(r => AssignmentResponse.From(r.a, r.i, staff, services.Guardians)).ToList(), paging.PageNumber, paging.Size, total));
    }

    public static async Task<Results<Ok<AssignmentResponse>, NotFound>> GetAssignment(Guid id, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var row = await Visible(services.Db, staff).Where(a => a.Id == id)
            .Join(services.Db.EquipmentItems, a => a.ItemId, i => i.Id, (a, i) => new { a, i })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        services.Audit.Record(staff, EquipmentAuditActions.AssignmentRead, [row.a.PatientId], $"assignment={id}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssignmentResponse.From(row.a, row.i, staff, services.Guardians));
    }

    /// <summary>Equipment back from a child: the assignment closes and the item goes to stock or to repair (409 if it was returned already).</summary>
    public static async Task<Results<Ok<AssignmentResponse>, NotFound>> ReturnEquipment(
        Guid id, ReturnEquipmentRequest request, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var found = await Visible(db, staff).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var now = services.Time.GetUtcNow();
        var needsRepair = request.NeedsRepair!.Value;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await EquipmentRows.LockAsync(db, staff.AssociationId, found.ItemId, cancellationToken);
        // Read under the item's lock: a concurrent return has committed or not yet begun.
        var assignment = await db.EquipmentAssignments.FirstAsync(a => a.Id == id, cancellationToken);
        assignment.Close(needsRepair, note, now);
        item!.ComeBack(needsRepair, note ?? $"Returned from assignment {assignment.Id}", staff.Login, now);
        services.Audit.Record(staff, EquipmentAuditActions.Returned, [assignment.PatientId], $"assignment={assignment.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EquipmentLog.Returned(services.Logger, item.Id, assignment.Id, needsRepair);
        return TypedResults.Ok(AssignmentResponse.From(assignment, item, staff, services.Guardians));
    }

    private static IQueryable<EquipmentAssignment> Visible(FundingDbContext db, StaffMember staff) =>
        db.EquipmentAssignments.AsNoTracking().Where(a => a.AssociationId == staff.AssociationId && (staff.BranchId == null || a.BranchId == staff.BranchId));
}
