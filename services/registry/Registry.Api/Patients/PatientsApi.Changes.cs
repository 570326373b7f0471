using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    public static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> ChangeVitalStatus(
        Guid id, ChangeVitalStatusRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken) =>
        await ChangeAsync(id, http, services, AuditActions.VitalStatusChanged, patient =>
            patient.ChangeVitalStatus(request.VitalStatus!.Value, request.DateOfDeath, services.Time.GetUtcNow()), cancellationToken,
            patient => request.DateOfDeath < patient.DateOfBirth ? ("dateOfDeath", "Date of death cannot be before the date of birth.") : null);

    public static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> RecordDiagnosis(
        Guid id, DiagnosisInput request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken) =>
        await ChangeAsync(id, http, services, AuditActions.DiagnosisRecorded, patient =>
        [
            patient.RecordDiagnosis(
                NullIfBlank(request.OrphaCode),
                NullIfBlank(request.Icd10),
                services.Catalog.FindDiagnosis(request.OrphaCode, request.Icd10)?.IuisCategory,
                http.Staff().Login,
                services.Time.GetUtcNow()),
        ], cancellationToken);

    public static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> UpdateCare(
        Guid id, UpdateCareRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken) =>
        await ChangeAsync(id, http, services, AuditActions.CareUpdated, patient =>
            patient.UpdateCare(
                request.DiagnosisGroup!,
                request.RegionCode!,
                NullIfBlank(request.CityCode),
                NullIfBlank(request.FollowUpHospital),
                NullIfBlank(request.TreatingDoctor),
                request.MobilityNeed ?? MobilityNeed.None,
                services.Time.GetUtcNow()) is { } updated ? [updated] : [], cancellationToken);

    /// <summary>Loads a patient the caller may change, applies the change, and commits it with its audit entry and events.</summary>
    private static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id,
        HttpContext http,
        RegistryServices services,
        string auditAction,
        Func<Patient, IReadOnlyList<Contracts.IIntegrationEvent>> change,
        CancellationToken cancellationToken,
        Func<Patient, (string Field, string Message)?>? checkAgainstRecord = null)
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

        if (checkAgainstRecord?.Invoke(patient) is { } error)
        {
            return FieldError(error.Field, error.Message);
        }

        services.Db.AddIntegrationEvents(change(patient));

        services.Audit.Record(staff, auditAction, id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PatientResponse.From(patient, PatientAccess.MaySeeIdentifiers(staff), services.Protector));
    }
}
