using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Coverage;

public static class CoverageApi
{
    private static readonly string[] SortableFields = ["openedAt"];

    public static RouteGroupBuilder MapCoverageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/coverage-accounts").WithTags("Coverage");
        group.MapGet("/{patientId:guid}", GetCoverageAccount);
        group.MapGet("/", ListCoverageAccounts);
        return group;
    }

    public static async Task<Results<Ok<CoverageAccountResponse>, NotFound>> GetCoverageAccount(
        Guid patientId, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var account = await db.CoverageAccounts.AsNoTracking().VisibleTo(http.Staff())
            .FirstOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(CoverageAccountResponse.From(account));
    }

    public static async Task<Results<Ok<PagedResult<CoverageAccountResponse>>, ValidationProblem>> ListCoverageAccounts(
        [AsParameters] PageQuery query, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var accounts = db.CoverageAccounts.AsNoTracking().VisibleTo(http.Staff());
        var total = await accounts.CountAsync(cancellationToken);
        var ordered = query.Descending ? accounts.OrderByDescending(a => a.OpenedAt) : accounts.OrderBy(a => a.OpenedAt);
        var page = await ordered.ThenBy(a => a.Id).Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CoverageAccountResponse>(page.Select(CoverageAccountResponse.From).ToList(), query.PageNumber, query.Size, total));
    }

    private static IQueryable<CoverageAccount> VisibleTo(this IQueryable<CoverageAccount> accounts, StaffMember staff)
    {
        var visible = accounts.Where(a => a.AssociationId == staff.AssociationId);
        return staff.BranchId is null ? visible : visible.Where(a => a.BranchId == staff.BranchId);
    }
}
