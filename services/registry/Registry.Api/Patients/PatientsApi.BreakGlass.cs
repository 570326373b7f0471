using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Registry.Audit;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    /// <summary>
    /// "Break the glass": a branch staff member opens, for a limited time and with a reason, read
    /// access to a patient of another branch of the same association. Never across associations.
    /// </summary>
    public static async Task<Results<Created<BreakGlassResponse>, NotFound, ValidationProblem>> BreakGlass(
        Guid id, BreakGlassRequest request, HttpContext http, [AsParameters] RegistryServices services, IOptions<BreakGlassOptions> options, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        if (!await db.Patients.AnyAsync(p => p.Id == id && p.AssociationId == staff.AssociationId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (await db.Patients.VisibleTo(staff).AnyAsync(p => p.Id == id, cancellationToken))
        {
            return FieldError("id", "You can already read this patient's record; no emergency access is needed.");
        }

        var grant = BreakGlassGrant.Open(id, staff.Id, staff.AssociationId, request.Reason!.Trim(), services.Time.GetUtcNow(), options.Value.Lifetime);
        db.BreakGlassGrants.Add(grant);
        services.Audit.Record(staff, AuditActions.BreakGlassOpened, id, grant.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/patients/{id}", new BreakGlassResponse(grant.Id, id, grant.ExpiresAt));
    }
}
