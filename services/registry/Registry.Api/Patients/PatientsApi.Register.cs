using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Families;
using PatientNetwork.Registry.ReferenceData;
using PatientNetwork.Registry.Referrals;
using PatientNetwork.Registry.Search;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    /// <summary>
    /// Registers a patient in the caller's association. A likely duplicate (same birth date and a
    /// similar name, or a known CIN or phone) answers 409 with the candidates unless the caller
    /// confirms it is a different person; registrations that could match each other are serialised
    /// (<see cref="DuplicateDetectionLock"/>), so the rule holds when they arrive at the same instant.
    /// The patient, its audit entry and the <c>PatientRegistered</c> outbox row commit together, or not at all.
    /// </summary>
    public static async Task<Results<Created<PatientResponse>, ValidationProblem, ProblemHttpResult>> RegisterPatient(
        RegisterPatientRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var branchId = staff.BranchId ?? NullIfBlank(request.BranchId);
        if (staff.BranchId is not null && NullIfBlank(request.BranchId) is { } requested && requested != staff.BranchId)
        {
            return FieldError("branchId", "Branch staff register patients in their own branch only.");
        }

        if (branchId is not null && !await db.Branches.AnyAsync(b => b.AssociationId == staff.AssociationId && b.Id == branchId, cancellationToken))
        {
            return FieldError("branchId", "This branch does not exist in your association.");
        }

        var draft = ToDraft(request, services.Protector, services.Catalog);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ReferralIntake? intake = null;
        if (request.ReferralId is { } referralId)
        {
            // Locked first: two coordinators registering from one referral at once make one patient.
            intake = await ReferralIntakes.LockAsync(db, staff, referralId, cancellationToken);
            if (intake is null)
            {
                return FieldError("referralId", "No accepted referral with this id waits in your association (or your branch's region).");
            }

            if (!intake.IsPending)
            {
                return ReferralIntakes.Closed(intake.Status);
            }
        }

        // Taken even when the caller confirms: a concurrent unconfirmed registration must see this one.
        await DuplicateDetectionLock.AcquireAsync(db, staff.AssociationId, draft, cancellationToken);
        if (request.ConfirmedNotDuplicate != true)
        {
            var candidates = await DuplicateFinder.FindAsync(db, staff.AssociationId, draft, services.Protector, cancellationToken);
            if (candidates.Count > 0)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "This patient may already be registered.",
                    detail: "Check the candidates; if this is a different person, send the registration again with confirmedNotDuplicate: true.",
                    extensions: new Dictionary<string, object?> { ["candidates"] = candidates });
            }
        }

        var now = services.Time.GetUtcNow();
        // Under the phones' duplicate-detection locks: a sibling registered at this moment is seen, or sees this one.
        var family = await PatientFamilies.SharedWithAsync(db, staff.AssociationId, draft.Guardians.Select(g => g.PhoneIndex), null, cancellationToken);
        var patient = Patient.Register(draft, staff.AssociationId, branchId, family, staff.Login, now);
        db.Patients.Add(patient);
        db.IndexName(patient);
        services.Audit.Record(staff, AuditActions.PatientRegistered, patient.Id, intake is null ? null : $"from partner referral {intake.Id}");
        db.AddIntegrationEvent(patient.ToRegisteredEvent(now));
        if (intake is not null)
        {
            intake.Registered(patient.Id, staff.Login, now);
            db.AddIntegrationEvent(new ReferralRegistered(Guid.CreateVersion7(now), now, intake.Id, intake.AssociationId, staff.Login));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Created($"/patients/{patient.Id}", PatientResponse.From(patient, PatientAccess.MaySeeIdentifiers(staff), services.Protector));
    }

    /// <summary>Turns a validated request into a draft, protecting identifiers on the way.</summary>
    internal static PatientDraft ToDraft(RegisterPatientRequest r, PatientIdentityProtector protector, ReferenceCatalog catalog) => new(
        r.FirstName!.Trim(),
        r.LastName!.Trim(),
        r.DateOfBirth,
        r.BirthYear ?? r.DateOfBirth!.Value.Year,
        r.Sex!.Value,
        r.VitalStatus ?? VitalStatus.Alive,
        r.DateOfDeath,
        r.DiagnosisGroup!,
        r.RegionCode!,
        NullIfBlank(r.CityCode),
        NullIfBlank(r.FollowUpHospital),
        NullIfBlank(r.TreatingDoctor),
        r.MobilityNeed ?? MobilityNeed.None,
        r.FirstSpecialisedVisitOn,
        r.AgeAtOnsetMonths,
        r.AgeAtDiagnosisMonths,
        protector.Protect(r.Cin, r.Phone, r.Address),
        (r.Guardians ?? []).Select(protector.ProtectGuardian).ToList(),
        (r.Diagnoses ?? []).Select(d => (NullIfBlank(d.OrphaCode), NullIfBlank(d.Icd10), catalog.FindDiagnosis(d.OrphaCode, d.Icd10)?.IuisCategory)).ToList(),
        (r.GeneticFindings ?? []).Select(g => new GeneticFinding(g.Gene!, g.Variant!)).ToList(),
        (r.Treatments ?? []).Select(t => new Treatment(t.Kind!.Value, t.StartedOn!.Value, t.EndedOn, NullIfBlank(t.Outcome))).ToList(),
        (r.Consents ?? []).Select(c => (c.Purpose!, c.Evidence!.Trim())).ToList());

    private static ValidationProblem FieldError(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
