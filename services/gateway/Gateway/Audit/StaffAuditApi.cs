using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Accounts;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Audit;

public static class StaffAuditApi
{
    public static RouteGroupBuilder MapStaffAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/audit").WithTags("Staff accounts").RequireAuthorization(StaffAccountsApi.AdminPolicy);
        group.MapGet("/", QueryAudit);
        return group;
    }

    /// <summary>
    /// Sign-ins, refusals (with their category) and account changes of the admin's association, newest first,
    /// narrowed to one account, one action (such as <c>sign-in.failed</c>) and/or a time range.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<StaffAuditEntryResponse>>, ValidationProblem>> QueryAudit(
        int? page, int? pageSize, Guid? accountId, string? action, DateTimeOffset? from, DateTimeOffset? to, HttpContext http, GatewayDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        var errors = paging.Validate([]) ?? [];
        if (action is not null && !StaffAuditActions.All.Contains(action))
        {
            errors["action"] = [$"The action is one of: {string.Join(", ", StaffAuditActions.All)}."];
        }

        if (from > to)
        {
            errors["from"] = ["From is before to."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        var entries = db.StaffAudit.AsNoTracking().Where(e => e.AssociationId == association);
        if (accountId is { } account)
        {
            entries = entries.Where(e => e.AccountId == account || e.ActorId == account);
        }

        if (action is not null)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (from is { } start)
        {
            entries = entries.Where(e => e.At >= start.ToUniversalTime());
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.At < end.ToUniversalTime());
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<StaffAuditEntryResponse>(items.Select(StaffAuditEntryResponse.From).ToList(), paging.PageNumber, paging.Size, total));
    }
}
