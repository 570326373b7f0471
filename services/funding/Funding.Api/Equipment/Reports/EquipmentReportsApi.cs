using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Funding.Equipment.WaitingList;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Funding.Equipment.Reports;

/// <summary>Equipment reports as CSV (through the one CSV writer, docs/decisions/0013): chairs by region and status, children waiting by region.</summary>
public static class EquipmentReportsApi
{
    public static RouteGroupBuilder MapEquipmentReportsApi(this RouteGroupBuilder equipment)
    {
        equipment.MapGet("/reports/stock/export", ExportStock).RequireAuthorization(EquipmentPolicies.Manage);
        equipment.MapGet("/reports/waiting/export", ExportWaiting).RequireAuthorization(EquipmentPolicies.Manage);
        return equipment;
    }

    /// <summary>How many pieces of each type are in each status, per region of the location that keeps them.</summary>
    public static async Task<FileContentHttpResult> ExportStock(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var rows = await db.EquipmentItems.AsNoTracking().Where(i => i.AssociationId == association)
            .Join(db.EquipmentLocations, i => i.LocationId, l => l.Id, (i, l) => new { i.TypeId, i.Status, l.RegionCode })
            .Join(db.EquipmentTypes, x => x.TypeId, t => t.Id, (x, t) => new { x.RegionCode, Type = t.Name, x.Status })
            .GroupBy(x => new { x.RegionCode, x.Type, x.Status })
            .Select(g => new { g.Key.RegionCode, g.Key.Type, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var csv = CsvTable.ToUtf8(
            ["region", "equipment_type", "status", "count"],
            rows.OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Status)
                .Select(r => (IReadOnlyList<string?>)[r.RegionCode, r.Type, EquipmentStatusNames.Of(r.Status), r.Count.ToString(CultureInfo.InvariantCulture)]));
        return TypedResults.File(csv, "text/csv", "equipment-by-region-and-status.csv");
    }

    /// <summary>How many children wait for equipment per region, and since when the longest has waited (counts only, no ids).</summary>
    public static async Task<FileContentHttpResult> ExportWaiting(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var rows = await WaitingListQuery.Of(db, http.Staff(), null)
            .GroupBy(c => c.RegionCode)
            .Select(g => new { Region = g.Key, Children = g.Count(), Since = g.Min(c => c.NeedSince!.Value) })
            .ToListAsync(cancellationToken);
        var csv = CsvTable.ToUtf8(
            ["region", "children_waiting", "longest_waiting_since"],
            rows.OrderBy(r => r.Region, StringComparer.Ordinal)
                .Select(r => (IReadOnlyList<string?>)[r.Region, r.Children.ToString(CultureInfo.InvariantCulture), r.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
        return TypedResults.File(csv, "text/csv", "children-waiting-by-region.csv");
    }
}
