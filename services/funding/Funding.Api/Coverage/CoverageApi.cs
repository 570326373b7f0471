using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Coverage;

public static class CoverageApi
{
    public static RouteGroupBuilder MapCoverageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/coverage-accounts").WithTags("Coverage");
        group.MapGet("/{patientId:guid}", GetCoverageAccount);
        group.MapGet("/", ListCoverageAccounts);
        return group;
    }

    /// <summary>
    /// The patient's account, whatever its status. A merged duplicate's id keeps working like an
    /// old link: it finds the duplicate's closed account (pointing to the survivor through
    /// <c>mergedIntoPatientId</c>) or, when the account was re-assigned, the survivor's account,
    /// whose <c>patientId</c> then differs from the id asked for and whose <c>formerPatientIds</c> lists it.
    /// </summary>
    public static async Task<Results<Ok<CoverageAccountResponse>, NotFound>> GetCoverageAccount(
        Guid patientId, HttpContext http, [AsParameters] CoverageServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var account = await services.Db.CoverageAccounts.AsNoTracking().VisibleTo(staff)
            .Where(a => a.PatientId == patientId || a.FormerPatientIds.Contains(patientId))
            .OrderBy(a => a.PatientId == patientId ? 0 : 1)
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        services.Audit.Record(staff, AuditActions.CoverageAccountRead, new[] { patientId, account.PatientId }.Distinct());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CoverageAccountResponse.From(account, staff.SeesIdentifiers));
    }

    /// <summary>Open accounts (or those of one status) the caller may see, paged; the page's patients go into one audit row.</summary>
    public static async Task<Results<Ok<PagedResult<CoverageAccountResponse>>, ValidationProblem>> ListCoverageAccounts(
        [AsParameters] CoverageListQuery query, HttpContext http, [AsParameters] CoverageServices services, CancellationToken cancellationToken)
    {
        if (query.Validate() is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var accounts = query.Apply(services.Db.CoverageAccounts.AsNoTracking().VisibleTo(staff));
        var total = await accounts.CountAsync(cancellationToken);
        var page = await query.Order(accounts).Skip(query.Paging.Skip).Take(query.Paging.Size).ToListAsync(cancellationToken);

        services.Audit.Record(staff, AuditActions.CoverageAccountsListed, page.Select(a => a.PatientId), query.Describe());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CoverageAccountResponse>(page.Select(a => CoverageAccountResponse.From(a, staff.SeesIdentifiers)).ToList(), query.Paging.PageNumber, query.Paging.Size, total));
    }

    private static IQueryable<CoverageAccount> VisibleTo(this IQueryable<CoverageAccount> accounts, StaffMember staff)
    {
        var visible = accounts.Where(a => a.AssociationId == staff.AssociationId);
        return staff.BranchId is null ? visible : visible.Where(a => a.BranchId == staff.BranchId);
    }
}
