using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    /// <summary>Every consent decision of the patient, newest first: the history is never rewritten.</summary>
    public static async Task<Results<Ok<List<ConsentRecordResponse>>, NotFound>> GetConsentHistory(
        Guid id, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var patient = await services.Db.Patients.AsNoTracking().VisibleTo(staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        services.Audit.Record(staff, AuditActions.ConsentHistoryRead, id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(patient.Consents.OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Select(ConsentRecordResponse.From).ToList());
    }

    /// <summary>
    /// Gives or withdraws consent for one purpose. A change is published (<c>ConsentGiven</c> or
    /// <c>ConsentWithdrawn</c>) through the outbox, so a withdrawal takes effect in every service.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyDictionary<string, bool>>, NotFound, ValidationProblem>> RecordConsent(
        Guid id, RecordConsentRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var patient = await services.Db.Patients.VisibleTo(staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        if (patient.ClosedReason is { } closed)
        {
            return FieldError("id", closed);
        }

        var change = patient.RecordConsent(request.Purpose!, request.Given!.Value, request.Evidence!.Trim(), staff.Login, services.Time.GetUtcNow());
        if (change is not null)
        {
            services.Db.AddIntegrationEvent(change);
            services.Audit.Record(staff, AuditActions.ConsentChanged, id, $"{request.Purpose}: {(request.Given.Value ? "given" : "withdrawn")}");
            await services.Db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok<IReadOnlyDictionary<string, bool>>(Contracts.ConsentPurposes.All.ToDictionary(purpose => purpose, patient.HasConsent));
    }
}
