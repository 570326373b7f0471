using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Coverage;

public static class StatementApi
{
    public static RouteGroupBuilder MapStatementApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/coverage-accounts").WithTags("Coverage").RequireAuthorization(FundingPolicies.Claims);
        group.MapGet("/{patientId:guid}/statement", GetStatement);
        return group;
    }

    /// <summary>
    /// The family's statement for a year (default: this one): each claim with what was claimed,
    /// covered, left to the family and paid. Covered counts decided claims that stand (not rejected or reversed).
    /// </summary>
    public static async Task<Results<Ok<StatementResponse>, NotFound, ValidationProblem>> GetStatement(
        Guid patientId, int? year, HttpContext http, FundingDbContext db, FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var statementYear = year ?? time.GetUtcNow().Year;
        if (statementYear is < 2000 or > 2100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["A year between 2000 and 2100."] });
        }

        var accounts = db.CoverageAccounts.AsNoTracking().Where(a => a.AssociationId == staff.AssociationId && a.PatientId == patientId);
        if (!await (staff.BranchId is null ? accounts : accounts.Where(a => a.BranchId == staff.BranchId)).AnyAsync(cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var from = new DateOnly(statementYear, 1, 1);
        var to = new DateOnly(statementYear, 12, 31);
        var claims = await db.Claims.AsNoTracking().VisibleTo(staff)
            .Where(c => c.PatientId == patientId && c.InvoiceDate >= from && c.InvoiceDate <= to)
            .OrderBy(c => c.InvoiceDate).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var standing = claims.Where(c => Claim.Committed.Contains(c.Status)).ToList();
        audit.Record(staff, AuditActions.StatementRead, [patientId], $"year={statementYear}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new StatementResponse(
            patientId,
            statementYear,
            claims.Where(c => c.Status != ClaimStatus.Draft).Sum(c => c.ClaimedCentimes),
            standing.Sum(c => c.CoveredCentimes ?? 0),
            standing.Sum(c => c.FamilyShareCentimes ?? 0),
            claims.Where(c => c.Status == ClaimStatus.Paid).Sum(c => c.PaidCentimes),
            "MAD",
            claims.Select(c => new StatementLine(c.Id, c.InvoiceDate, c.PharmacyName, c.InvoiceNumber, c.Status, c.ClaimedCentimes, c.OtherPayerCentimes,
                c.CoveredCentimes, c.FamilyShareCentimes, c.ReductionsCentimes, c.PaidCentimes, c.PaidAt)).ToList()));
    }
}
