using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Search;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    /// <summary>
    /// Merges a duplicate into this record. The duplicate is kept, pointing here, so its audit trail
    /// and every reference to it stay valid; <c>PatientsMerged</c> tells the other services.
    /// </summary>
    public static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> MergePatients(
        Guid id, MergeRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var duplicateId = request.DuplicateId!.Value;
        var pair = await services.Db.Patients.VisibleTo(staff).Where(p => p.Id == id || p.Id == duplicateId).ToListAsync(cancellationToken);
        var survivor = pair.FirstOrDefault(p => p.Id == id);
        var duplicate = pair.FirstOrDefault(p => p.Id == duplicateId);
        if (survivor is null || duplicate is null)
        {
            return TypedResults.NotFound();
        }

        if (id == duplicateId || survivor.ClosedReason is not null || duplicate.ClosedReason is not null)
        {
            return FieldError("duplicateId", "Merge two different records that are neither merged already nor erased.");
        }

        services.Db.AddIntegrationEvents(survivor.Absorb(duplicate, services.Time.GetUtcNow()));
        await services.Db.UnindexNameAsync(duplicate.Id, cancellationToken);
        services.Audit.Record(staff, AuditActions.Merged, survivor.Id, $"absorbed {duplicate.RegistryId}: {request.Reason!.Trim()}");
        services.Audit.Record(staff, AuditActions.Merged, duplicate.Id, $"merged into {survivor.RegistryId}: {request.Reason.Trim()}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PatientResponse.From(survivor, PatientAccess.MaySeeIdentifiers(staff), services.Protector));
    }
}
