using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Receipts;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Funding.Donations;

/// <summary>The treasurer's reports on gifts (per month and fund or campaign) and on receipts issued, as JSON or CSV.</summary>
public static class GiftReportsApi
{
    public static RouteGroupBuilder MapGiftReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reports").WithTags("Reports").RequireAuthorization(FundingPolicies.Treasury);
        group.MapGet("/gifts", GetGiftsReport);
        group.MapGet("/gifts/export", ExportGiftsReport);
        group.MapGet("/receipts/export", ExportReceipts);
        return group;
    }

    /// <summary>Gifts of a year not refunded, per month and fund (a campaign's, a programme's or the unrestricted fund): count and total.</summary>
    public static async Task<Results<Ok<List<GiftReportRow>>, ValidationProblem>> GetGiftsReport(int? year, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportYear = year ?? time.GetUtcNow().Year;
        if (reportYear is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2100."] });
        }

        return TypedResults.Ok(await BuildAsync(db, http.Staff().AssociationId, reportYear, cancellationToken));
    }

    /// <summary>The same report as CSV (amounts in MAD).</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportGiftsReport(int? year, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportYear = year ?? time.GetUtcNow().Year;
        if (reportYear is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2100."] });
        }

        var rows = await BuildAsync(db, http.Staff().AssociationId, reportYear, cancellationToken);
        var csv = CsvTable.ToUtf8(
            ["year", "month", "fund", "campaign", "gifts", "amount_mad"],
            rows.Select(r => (IReadOnlyList<string?>)[reportYear.ToString(CultureInfo.InvariantCulture), r.Month.ToString(CultureInfo.InvariantCulture), r.FundCode, r.CampaignName, r.Gifts.ToString(CultureInfo.InvariantCulture), Mad(r.AmountCentimes)]));
        return TypedResults.File(csv, "text/csv", $"gifts-{reportYear}.csv");
    }

    /// <summary>Every receipt of a year in number order (issued and cancelled), as CSV: the register of receipts.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportReceipts(int? year, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportYear = year ?? time.GetUtcNow().Year;
        if (reportYear is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2100."] });
        }

        var association = http.Staff().AssociationId;
        var receipts = await db.Receipts.AsNoTracking().Where(r => r.AssociationId == association && r.Year == reportYear).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        var csv = CsvTable.ToUtf8(
            ["number", "kind", "status", "issued_on", "donor", "gifts", "amount_mad", "reissues"],
            receipts.Select(r => (IReadOnlyList<string?>)[r.Number, r.Kind == ReceiptKind.Annual ? "annual" : "gift", r.Status == ReceiptStatus.Cancelled ? "cancelled" : "issued",
                r.IssuedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.DonorName, r.Gifts.ToString(CultureInfo.InvariantCulture), Mad(r.AmountCentimes), r.Reissues.ToString(CultureInfo.InvariantCulture)]));
        return TypedResults.File(csv, "text/csv", $"receipts-{reportYear}.csv");
    }

    private static async Task<List<GiftReportRow>> BuildAsync(FundingDbContext db, string associationId, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Donations.AsNoTracking()
            .Where(d => d.AssociationId == associationId && d.ReceivedOn >= from && d.ReceivedOn <= to && d.Status != DonationStatus.Refunded)
            .GroupBy(d => new { d.ReceivedOn.Month, d.FundCode, d.CampaignId })
            .Select(g => new { g.Key.Month, g.Key.FundCode, g.Key.CampaignId, Gifts = g.Count(), Amount = g.Sum(d => d.AmountCentimes) })
            .ToListAsync(cancellationToken);
        var campaignIds = rows.Where(r => r.CampaignId != null).Select(r => r.CampaignId!.Value).Distinct().ToList();
        var names = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return rows.OrderBy(r => r.Month).ThenBy(r => r.FundCode, StringComparer.Ordinal)
            .Select(r => new GiftReportRow(r.Month, r.FundCode, r.CampaignId, r.CampaignId is { } id ? names.GetValueOrDefault(id) : null, r.Gifts, r.Amount))
            .ToList();
    }

    private static string Mad(long centimes) => (centimes / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
