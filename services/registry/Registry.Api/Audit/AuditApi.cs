using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/audit").WithTags("Audit").RequireAuthorization(PatientAccess.AuditPolicy);
        group.MapGet("/", QueryAuditTrail);
        return group;
    }

    /// <summary>The audit trail of the admin's association, newest first, per patient and/or per staff member.</summary>
    public static async Task<Results<Ok<PagedResult<AuditEntryResponse>>, ValidationProblem>> QueryAuditTrail(
        Guid? patientId, string? staffId, int? page, int? pageSize, HttpContext http, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var entries = db.AuditTrail.AsNoTracking().Where(e => e.AssociationId == staff.AssociationId);
        if (patientId is not null)
        {
            entries = entries.Where(AuditEntry.About(patientId.Value));
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
