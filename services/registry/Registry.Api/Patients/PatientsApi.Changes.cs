using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Families;
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

    public static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> CorrectDateOfBirth(
        Guid id, CorrectDateOfBirthRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken) =>
        await ChangeAsync(id, http, services, AuditActions.DateOfBirthCorrected, patient =>
            patient.CorrectDateOfBirth(request.DateOfBirth, request.BirthYear ?? request.DateOfBirth!.Value.Year, services.Time.GetUtcNow()) is { } updated ? [updated] : [],
            cancellationToken,
            patient => BirthAgainstRecord(patient, request.DateOfBirth ?? new DateOnly(request.BirthYear!.Value, 1, 1)));

    /// <summary>The corrected birth (its earliest day when only the year is known) cannot come after what the record says happened since.</summary>
    private static (string Field, string Message)? BirthAgainstRecord(Patient patient, DateOnly bornOnOrAfter) =>
        patient.DateOfDeath < bornOnOrAfter ? ("dateOfBirth", "Date of birth cannot be after the date of death.")
        : patient.FirstSpecialisedVisitOn < bornOnOrAfter ? ("dateOfBirth", "Date of birth cannot be after the first specialised visit.")
        : null;

    /// <summary>
    /// Replaces the guardians and works the family out again from their phones, under the phones'
    /// duplicate-detection locks so that a sibling registered at the same moment lands in the same family.
    /// </summary>
    public static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> ReplaceGuardians(
        Guid id, ReplaceGuardiansRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var guardians = request.Guardians!.Select(services.Protector.ProtectGuardian).ToList();
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        await DuplicateDetectionLock.AcquireForPhonesAsync(services.Db, http.Staff().AssociationId, guardians.Select(g => g.PhoneIndex).OfType<string>(), cancellationToken);
        var result = await ChangeAsync(id, http, services, AuditActions.GuardiansChanged, async patient =>
        {
            var now = services.Time.GetUtcNow();
            var family = await PatientFamilies.AfterGuardianChangeAsync(services.Db, patient, guardians.Select(g => g.PhoneIndex), now, cancellationToken);
            return [patient.ReplaceGuardians(guardians, family, now)];
        }, cancellationToken);
        if (result.Result is Ok<PatientResponse>)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Loads a patient the caller may change, applies the change, and commits it with its audit entry and events.</summary>
    private static Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id,
        HttpContext http,
        RegistryServices services,
        string auditAction,
        Func<Patient, IReadOnlyList<Contracts.IIntegrationEvent>> change,
        CancellationToken cancellationToken,
        Func<Patient, (string Field, string Message)?>? checkAgainstRecord = null) =>
        ChangeAsync(id, http, services, auditAction, patient => Task.FromResult(change(patient)), cancellationToken, checkAgainstRecord);

    /// <inheritdoc cref="ChangeAsync(Guid, HttpContext, RegistryServices, string, Func{Patient, IReadOnlyList{Contracts.IIntegrationEvent}}, CancellationToken, Func{Patient, ValueTuple{string, string}?}?)"/>
    private static async Task<Results<Ok<PatientResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id,
        HttpContext http,
        RegistryServices services,
        string auditAction,
        Func<Patient, Task<IReadOnlyList<Contracts.IIntegrationEvent>>> change,
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

        services.Db.AddIntegrationEvents(await change(patient));

        services.Audit.Record(staff, auditAction, id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PatientResponse.From(patient, PatientAccess.MaySeeIdentifiers(staff), services.Protector));
    }
}
