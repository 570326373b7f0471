using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Audit;

public static class AuditApi
{
    public const string AuditPolicy = "funding.audit";

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/audit").WithTags("Audit").RequireAuthorization(AuditPolicy);
        group.MapGet("/", QueryAuditTrail);
        return group;
    }

    /// <summary>Funding's audit trail of the admin's association, newest first, per patient and/or per staff member.</summary>
    public static async Task<Results<Ok<PagedResult<AuditEntryResponse>>, ValidationProblem>> QueryAuditTrail(
        Guid? patientId, string? staffId, int? page, int? pageSize, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var entries = Filter(db.AuditTrail.AsNoTracking(), http.Staff().AssociationId, patientId, staffId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AuditEntryResponse>(items.Select(AuditEntryResponse.From).ToList(), paging.PageNumber, paging.Size, total));
    }

    /// <summary>
    /// The association's rows, narrowed to one patient (an array containment, <c>patient_ids @&gt; ARRAY[id]</c>,
    /// which the GIN index answers) and/or one staff member.
    /// </summary>
    public static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, string associationId, Guid? patientId, string? staffId)
    {
        entries = entries.Where(e => e.AssociationId == associationId);
        if (patientId is { } patient)
        {
            entries = entries.Where(e => e.PatientIds.Contains(patient));
        }

        if (!string.IsNullOrEmpty(staffId))
        {
            entries = entries.Where(e => e.StaffId == staffId);
        }

        return entries;
    }
}
