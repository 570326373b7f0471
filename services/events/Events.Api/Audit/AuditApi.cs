using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Audit;

public static class AuditApi
{
    public const string AuditPolicy = "events.audit";

    public static RouteGroupBuilder MapEventsAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/audit").WithTags("Audit").RequireAuthorization(AuditPolicy);
        group.MapGet("/", QueryAuditTrail);
        return group;
    }

    /// <summary>Who read registrants' data, newest first (admins): per event and/or per staff member.</summary>
    public static async Task<Results<Ok<PagedResult<AuditEntryResponse>>, ValidationProblem>> QueryAuditTrail(
        Guid? eventId, string? staffId, int? page, int? pageSize, HttpContext http, EventsDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = http.Staff().AssociationId;
        var entries = db.AuditTrail.AsNoTracking().Where(e => e.AssociationId == association);
        if (eventId is { } id)
        {
            entries = entries.Where(e => e.EventId == id);
        }

        if (!string.IsNullOrEmpty(staffId))
        {
            entries = entries.Where(e => e.StaffId == staffId);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AuditEntryResponse>(items.Select(AuditEntryResponse.From).ToList(), paging.PageNumber, paging.Size, total));
    }
}
