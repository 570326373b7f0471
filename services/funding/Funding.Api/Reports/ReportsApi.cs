using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.ServiceDefaults.Csv;

namespace PatientNetwork.Funding.Reports;

/// <summary>Reports per programme and year for the treasurer and the board.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reports").WithTags("Reports").RequireAuthorization(FundingPolicies.Treasury);
        group.MapGet("/programmes/{id:guid}", GetProgrammeReport);
        group.MapGet("/programmes/{id:guid}/export", ExportProgrammeReport);
        return group;
    }

    /// <summary>Claimed, eligible, covered, family share and paid by region and diagnosis group; budget left; real share covered next to the promised rate.</summary>
    public static async Task<Results<Ok<ProgrammeReport>, NotFound, ValidationProblem>> GetProgrammeReport(
        Guid id, int? year, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportYear = year ?? time.GetUtcNow().Year;
        if (reportYear is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2100."] });
        }

        var report = await BuildAsync(db, http.Staff().AssociationId, id, reportYear, cancellationToken);
        return report is null ? TypedResults.NotFound() : TypedResults.Ok(report);
    }

    /// <summary>The same report as CSV, one row per region and diagnosis group and a total row; amounts in MAD.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportProgrammeReport(
        Guid id, int? year, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportYear = year ?? time.GetUtcNow().Year;
        if (reportYear is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2100."] });
        }

        var report = await BuildAsync(db, http.Staff().AssociationId, id, reportYear, cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        var rows = report.Rows.Append(report.Total).Select(r => (IReadOnlyList<string?>)
        [
            report.Name, report.Year.ToString(CultureInfo.InvariantCulture), r.RegionCode, r.DiagnosisGroup, r.Claims.ToString(CultureInfo.InvariantCulture),
            Mad(r.ClaimedCentimes), Mad(r.EligibleCentimes), Mad(r.CoveredCentimes), Mad(r.FamilyShareCentimes), Mad(r.PaidCentimes),
            r.RealShare?.ToString("0.0000", CultureInfo.InvariantCulture), report.PromisedShare.ToString("0.0000", CultureInfo.InvariantCulture),
        ]);
        var csv = CsvTable.ToUtf8(
            ["programme", "year", "region", "diagnosis_group", "claims", "claimed_mad", "eligible_mad", "covered_mad", "family_share_mad", "paid_mad", "real_share", "promised_share"], rows);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"programme-{id:N}-{reportYear}.csv");
    }

    private static async Task<ProgrammeReport?> BuildAsync(FundingDbContext db, string associationId, Guid programmeId, int year, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().CurrentAsync(associationId, programmeId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var committed = Claim.Committed.ToList();
        var groups = await db.Claims.AsNoTracking()
            .Where(c => c.AssociationId == associationId && c.ProgrammeId == programmeId && committed.Contains(c.Status))
            .SelectMany(c => c.Lines, (c, l) => new
            {
                ClaimId = c.Id, c.PatientId, c.RegionCode, c.DiagnosisGroup, Paid = c.Status == ClaimStatus.Paid, l.DispensedOn.Year, l.ClaimedCentimes,
                Eligible = l.EligibleCentimes ?? 0, Covered = l.CoveredCentimes ?? 0, Family = l.FamilyShareCentimes ?? 0,
            })
            .Where(x => x.Year == year)
            // The patient's region and diagnosis group now (the account follows PatientUpdated); the claim's own, from its creation, when no account answers to its patient id any more (merged).
            .LeftJoin(db.CoverageAccounts, x => x.PatientId, a => a.PatientId, (x, a) => new
            {
                x.ClaimId, RegionCode = a == null ? x.RegionCode : a.RegionCode, DiagnosisGroup = a == null ? x.DiagnosisGroup : a.DiagnosisGroup,
                x.Paid, x.ClaimedCentimes, x.Eligible, x.Covered, x.Family,
            })
            .GroupBy(x => new { x.RegionCode, x.DiagnosisGroup })
            .Select(g => new
            {
                g.Key.RegionCode,
                g.Key.DiagnosisGroup,
                Claims = g.Select(x => x.ClaimId).Distinct().Count(),
                Claimed = g.Sum(x => x.ClaimedCentimes),
                Eligible = g.Sum(x => x.Eligible),
                Covered = g.Sum(x => x.Covered),
                Family = g.Sum(x => x.Family),
                Paid = g.Sum(x => x.Paid ? x.Covered : 0),
            })
            .ToListAsync(cancellationToken);
        var rows = groups.OrderBy(g => g.RegionCode).ThenBy(g => g.DiagnosisGroup)
            .Select(g => Row(Blank(g.RegionCode), Blank(g.DiagnosisGroup), g.Claims, g.Claimed, g.Eligible, g.Covered, g.Family, g.Paid)).ToList();
        var total = Row("all", "all", rows.Sum(r => r.Claims), rows.Sum(r => r.ClaimedCentimes), rows.Sum(r => r.EligibleCentimes),
            rows.Sum(r => r.CoveredCentimes), rows.Sum(r => r.FamilyShareCentimes), rows.Sum(r => r.PaidCentimes));
        var fundCode = LedgerAccountCodes.ProgrammeFund(programmeId);
        var fund = await db.LedgerAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.AssociationId == associationId && a.Code == fundCode, cancellationToken);
        return new ProgrammeReport(
            programmeId, programme.Name, year, programme.RateBasisPoints / 10_000m, programme.AnnualBudgetCentimes,
            Math.Max(0, programme.AnnualBudgetCentimes - total.CoveredCentimes), fund?.Available ?? 0, "MAD", total, rows);
    }

    private static ProgrammeReportRow Row(string region, string group, int claims, long claimed, long eligible, long covered, long family, long paid) =>
        new(region, group, claims, claimed, eligible, covered, family, paid, eligible == 0 ? null : Math.Round((decimal)covered / eligible, 4));

    private static string Blank(string value) => string.IsNullOrEmpty(value) ? "unknown" : value;

    private static string Mad(long centimes) => (centimes / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
