using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Search;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    /// <summary>
    /// One patient's record, if the caller may see it: same association, same branch for branch
    /// staff, or an open break-glass grant (whose reason goes into the audit of this read).
    /// </summary>
    public static async Task<Results<Ok<PatientResponse>, NotFound>> GetPatient(
        Guid id, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var (patient, reason) = await FindReadableAsync(services, staff, id, cancellationToken);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        await services.Audit.RecordReadAsync(staff, AuditActions.PatientRead, patient.Id, reason, cancellationToken);
        return TypedResults.Ok(PatientResponse.From(patient, PatientAccess.MaySeeIdentifiers(staff), services.Protector));
    }

    /// <summary>Patients the caller may see, filtered, sorted and paged; with <c>name</c>, ordered by how close the name is.</summary>
    public static async Task<Results<Ok<PagedResult<PatientSummary>>, ValidationProblem>> ListPatients(
        [AsParameters] PatientListQuery query, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        if (query.Validate(services.Catalog) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var patients = query.Apply(services.Db.Patients.AsNoTracking().ListableBy(staff));
        PagedResult<PatientSummary> result;
        if (query.IsNameSearch)
        {
            var search = new PatientNameSearch(services.Db, staff.AssociationId, query.Name!);
            var (found, mayHaveMore) = await search.FindAsync(patients, query.Paging, cancellationToken);
            result = new PagedResult<PatientSummary>(found, query.Paging.PageNumber, query.Paging.Size, query.Paging.Skip + found.Count, mayHaveMore);
        }
        else
        {
            // The count rides along with the page as an uncorrelated subquery (PostgreSQL runs it once):
            // one round trip instead of two. A page past the end has no row to carry it, so count apart.
            var rows = await query.Order(patients).Skip(query.Paging.Skip).Take(query.Paging.Size)
                .Select(PatientSummary.FromPatient)
                .Select(summary => new { Summary = summary, Total = patients.Count() })
                .ToListAsync(cancellationToken);
            var total = rows.Count > 0 ? rows[0].Total : await patients.CountAsync(cancellationToken);
            result = new PagedResult<PatientSummary>(rows.ConvertAll(row => row.Summary), query.Paging.PageNumber, query.Paging.Size, total);
        }

        await services.Audit.RecordListingReadAsync(staff, query.DescribeWithoutNames(), result.Items.Select(p => p.Id), cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<(Patient? Patient, string? Reason)> FindReadableAsync(RegistryServices services, StaffMember staff, Guid id, CancellationToken cancellationToken)
    {
        var patient = await services.Db.Patients.AsNoTracking().VisibleTo(staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is not null || staff.BranchId is null)
        {
            return (patient, null);
        }

        var now = services.Time.GetUtcNow();
        var grant = await services.Db.BreakGlassGrants.AsNoTracking()
            .Where(g => g.StaffId == staff.Id && g.PatientId == id && g.AssociationId == staff.AssociationId && g.ExpiresAt > now)
            .OrderByDescending(g => g.ExpiresAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (grant is null)
        {
            return (null, null);
        }

        patient = await services.Db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AssociationId == staff.AssociationId, cancellationToken);
        return (patient, $"break-glass: {grant.Reason}");
    }
}
