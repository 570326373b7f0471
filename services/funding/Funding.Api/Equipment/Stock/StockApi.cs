using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>Equipment in stock: entered (bought from a fund, or given in kind), listed, read with its history, maintained.</summary>
public static class StockApi
{
    /// <summary>The ledger transaction kind of a purchase of equipment.</summary>
    public const string PurchaseKind = "equipment-purchase";

    public static RouteGroupBuilder MapEquipmentStockApi(this RouteGroupBuilder equipment)
    {
        equipment.MapPost("/items", EnterEquipment).Validate<EnterEquipmentRequest>().RequireAuthorization(EquipmentPolicies.Manage)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status403Forbidden);
        equipment.MapGet("/items", ListEquipment);
        equipment.MapGet("/items/{id:guid}", GetEquipment);
        equipment.MapPost("/items/{id:guid}/maintenance", RecordMaintenance).Validate<MaintenanceRequest>().RequireAuthorization(EquipmentPolicies.Manage)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return equipment;
    }

    /// <summary>
    /// Enters a piece of equipment in stock. A purchase (admins only) debits the chosen fund and credits the bank by its
    /// price in one transaction with the item (409 if the fund cannot cover it); a gift in kind records its market value
    /// and may link the in-kind donation that put it on the ledger. The serial number is unique in the association (409).
    /// The same Idempotency-Key again answers 200 with the item entered the first time.
    /// </summary>
    public static async Task<Results<Created<EquipmentItemResponse>, Ok<EquipmentItemResponse>, ValidationProblem>> EnterEquipment(
        EnterEquipmentRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, HttpContext http,
        [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        if (IdempotencyKeys.Validate(idempotencyKey) is { } keyErrors)
        {
            return TypedResults.ValidationProblem(keyErrors);
        }

        if (await ReplayAsync(db, staff.AssociationId, idempotencyKey!, cancellationToken) is { } replay)
        {
            return replay;
        }

        var type = await db.EquipmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TypeId && t.AssociationId == staff.AssociationId, cancellationToken);
        var location = await db.EquipmentLocations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LocationId && l.AssociationId == staff.AssociationId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (type is null)
        {
            errors["typeId"] = ["No equipment type of your association has this id."];
        }
        else if (!type.Sizes.Contains(request.Size!.Trim()))
        {
            errors["size"] = [$"This type comes in: {string.Join(", ", type.Sizes)}."];
        }

        if (location is null)
        {
            errors["locationId"] = ["No location of your association has this id."];
        }

        var purchase = request.Source == EquipmentSource.Purchase;
        var fundCode = request.CampaignId is { } campaignId ? LedgerAccountCodes.CampaignFund(campaignId)
            : request.ProgrammeId is { } programmeId ? LedgerAccountCodes.ProgrammeFund(programmeId)
            : LedgerAccountCodes.UnrestrictedFund;
        if (purchase && (request.CampaignId ?? request.ProgrammeId) is not null
            && !await db.LedgerAccounts.AnyAsync(a => a.AssociationId == staff.AssociationId && a.Code == fundCode, cancellationToken))
        {
            errors[request.CampaignId is null ? "programmeId" : "campaignId"] = ["Your association has no fund for this id."];
        }

        if (request.DonationId is { } donationId
            && !await db.Donations.AnyAsync(d => d.Id == donationId && d.AssociationId == staff.AssociationId && d.Method == DonationMethod.InKind && d.Status != DonationStatus.Refunded, cancellationToken))
        {
            errors["donationId"] = ["No gift in kind of your association (not refunded) has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (purchase && !staff.IsInRole(StaffRoles.Admin))
        {
            throw new FundingConflictException("Only an admin buys from a fund.", "A purchase moves money: ask the treasurer (an admin) to enter it.", statusCode: StatusCodes.Status403Forbidden);
        }

        var now = services.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var amount = request.ValueCentimes!.Value;
        var serial = request.SerialNumber!.Trim();
        try
        {
            await services.Ledger.EnsureAssociationAccountsAsync(staff.AssociationId, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Guid? posted = null;
            if (purchase)
            {
                var accounts = await services.Ledger.LockAsync(staff.AssociationId, [LedgerAccountCodes.Bank, fundCode], cancellationToken);
                posted = services.Ledger.Record(staff.AssociationId, $"equipment:{idempotencyKey}", PurchaseKind, $"Equipment {id} bought ({type!.Name}, {serial})", staff.Login, pending: false,
                    [(accounts[fundCode], LedgerSide.Debit, amount), (accounts[LedgerAccountCodes.Bank], LedgerSide.Credit, amount)]).Id;
            }

            var item = EquipmentItem.Enter(id, staff.AssociationId, type!.Id, request.Size!.Trim(), serial, location!.Id, request.Source!.Value, amount,
                purchase ? fundCode : null, posted, request.DonationId, idempotencyKey!, staff.Login, now);
            db.EquipmentItems.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            EquipmentLog.EnteredStock(services.Logger, item.Id, item.Source.ToString(), amount);
            return TypedResults.Created($"/equipment/items/{item.Id}", EquipmentItemResponse.From(item, type, location, withHistory: true));
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, EquipmentItemConfiguration.IdempotencyKeyIndex) || UniqueViolation.On(exception, LedgerConfiguration.IdempotencyKeyIndex))
        {
            db.ChangeTracker.Clear();
            return (await ReplayAsync(db, staff.AssociationId, idempotencyKey!, cancellationToken))
                ?? throw new FundingConflictException("This Idempotency-Key was used for another request.", "Use a new Idempotency-Key for new equipment.");
        }
        catch (DbUpdateException exception) when (UniqueViolation.On(exception, EquipmentItemConfiguration.SerialNumberIndex))
        {
            throw new FundingConflictException("This serial number is in stock already.", $"Your association already has equipment with serial number {serial}.",
                new Dictionary<string, object?> { ["serialNumber"] = serial });
        }
    }

    /// <summary>The association's equipment, optionally of one status (<c>in-stock</c>, <c>reserved</c>, <c>assigned</c>, <c>in-repair</c>, <c>retired</c>), type or location (stock per location), newest first.</summary>
    public static async Task<Results<Ok<PagedResult<EquipmentItemResponse>>, ValidationProblem>> ListEquipment(
        string? status, Guid? typeId, Guid? locationId, int? page, int? pageSize, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        var errors = paging.Validate([]) ?? [];
        var wanted = status is null ? null : EquipmentStatusNames.Parse(status);
        if (status is not null && wanted is null)
        {
            errors["status"] = [$"A status is one of: {string.Join(", ", Enum.GetValues<EquipmentStatus>().Select(EquipmentStatusNames.Of))}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        var query = db.EquipmentItems.AsNoTracking().Where(i => i.AssociationId == association);
        query = wanted is { } s ? query.Where(i => i.Status == s) : query;
        query = typeId is { } t ? query.Where(i => i.TypeId == t) : query;
        query = locationId is { } l ? query.Where(i => i.LocationId == l) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.EnteredAt).ThenBy(i => i.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<EquipmentItemResponse>(await EquipmentRows.RespondAsync(db, items, withHistory: false, cancellationToken), paging.PageNumber, paging.Size, total));
    }

    /// <summary>One piece of equipment with its whole history (every status it took, every repair and inspection).</summary>
    public static async Task<Results<Ok<EquipmentItemResponse>, NotFound>> GetEquipment(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var item = await db.EquipmentItems.AsNoTracking().Include(i => i.History).FirstOrDefaultAsync(i => i.Id == id && i.AssociationId == association, cancellationToken);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok((await EquipmentRows.RespondAsync(db, [item], withHistory: true, cancellationToken))[0]);
    }

    /// <summary>
    /// Records maintenance: sends equipment in stock to repair, brings it back repaired, retires it, or notes an inspection.
    /// A move its status does not allow is refused (409, naming the moves it allows).
    /// </summary>
    public static async Task<Results<Ok<EquipmentItemResponse>, NotFound>> RecordMaintenance(
        Guid id, MaintenanceRequest request, HttpContext http, [AsParameters] EquipmentServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var now = services.Time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await EquipmentRows.LockAsync(db, staff.AssociationId, id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var from = item.Status;
        var note = request.Note!.Trim();
        switch (request.Action!.Value)
        {
            case MaintenanceAction.SendToRepair: item.SendToRepair(note, staff.Login, now); break;
            case MaintenanceAction.Repaired: item.Repaired(note, staff.Login, now); break;
            case MaintenanceAction.Retire: item.Retire(note, staff.Login, now); break;
            default: item.Inspect(note, staff.Login, now); break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EquipmentLog.Moved(services.Logger, item.Id, EquipmentStatusNames.Of(from), EquipmentStatusNames.Of(item.Status));
        db.ChangeTracker.Clear();
        return await GetEquipment(id, http, db, cancellationToken);
    }

    private static async Task<Ok<EquipmentItemResponse>?> ReplayAsync(FundingDbContext db, string associationId, string key, CancellationToken cancellationToken)
    {
        var existing = await db.EquipmentItems.AsNoTracking().Include(i => i.History).FirstOrDefaultAsync(i => i.AssociationId == associationId && i.IdempotencyKey == key, cancellationToken);
        return existing is null ? null : TypedResults.Ok((await EquipmentRows.RespondAsync(db, [existing], withHistory: true, cancellationToken))[0]);
    }
}
