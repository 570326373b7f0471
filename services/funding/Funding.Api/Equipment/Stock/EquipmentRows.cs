using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>Reads of equipment rows shared by the stock, assignment and distribution-day handlers.</summary>
public static class EquipmentRows
{
    /// <summary>
    /// Locks one piece of the association's equipment (<c>SELECT … FOR UPDATE</c>) inside the caller's transaction: a
    /// second request moving it waits, then sees the status the first left. Null when the association has no such item.
    /// </summary>
    public static Task<EquipmentItem?> LockAsync(FundingDbContext db, string associationId, Guid itemId, CancellationToken cancellationToken) =>
        db.EquipmentItems
            .FromSql($"SELECT * FROM equipment_items WHERE id = {itemId} AND association_id = {associationId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Items with their type and location, as the API answers them.</summary>
    public static async Task<List<EquipmentItemResponse>> RespondAsync(FundingDbContext db, IReadOnlyList<EquipmentItem> items, bool withHistory, CancellationToken cancellationToken)
    {
        var typeIds = items.Select(i => i.TypeId).Distinct().ToList();
        var locationIds = items.Select(i => i.LocationId).Distinct().ToList();
        var types = await db.EquipmentTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var locations = await db.EquipmentLocations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return items.Select(i => EquipmentItemResponse.From(i, types[i.TypeId], locations[i.LocationId], withHistory)).ToList();
    }
}
