using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.Search;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Rights;

/// <summary>The rights of the person: access to the whole record, and erasure of identity.</summary>
public static class RightsApi
{
    public const string RightsPolicy = "registry.rights";

    public static RouteGroupBuilder MapRightsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/patients/{id:guid}").WithTags("Rights of the person").RequireAuthorization(RightsPolicy)
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/export", ExportPatient);
        group.MapPost("/erasure", ErasePatientIdentity).Validate<ErasureRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/retention-holds", ListRetentionHolds);
        group.MapPut("/legal-hold", ChangeLegalHold).Validate<LegalHoldRequest>();
        return group;
    }

    /// <summary>The patient's whole record as JSON, with consent history, emergency accesses and who read it when.</summary>
    public static async Task<Results<Ok<PatientExport>, NotFound>> ExportPatient(
        Guid id, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var patient = await db.Patients.AsNoTracking().VisibleTo(staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        var grants = await db.BreakGlassGrants.AsNoTracking().Where(g => g.PatientId == id).OrderBy(g => g.GrantedAt)
            .Select(g => new BreakGlassResponse(g.Id, g.PatientId, g.ExpiresAt)).ToListAsync(cancellationToken);
        var accessLog = await db.AuditTrail.AsNoTracking().Where(AuditEntry.About(id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);

        services.Audit.Record(staff, AuditActions.Exported, id);
        await db.SaveChangesAsync(cancellationToken);

        var export = new PatientExport(
            services.Time.GetUtcNow(),
            staff.Login,
            PatientResponse.From(patient, revealIdentifiers: true, services.Protector),
            patient.Consents.OrderBy(c => c.At).Select(ConsentRecordResponse.From).ToList(),
            grants,
            // A list page also names other patients; the person sees only that they were on it.
            accessLog.Select(e => AuditEntryResponse.From(e) with { ListedPatientIds = e.ListedPatientIds is null ? null : [id] }).ToList());
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{patient.RegistryId}.json\"";
        return TypedResults.Ok(export);
    }

    /// <summary>
    /// Erases the person's identity (names, birth date, identifiers, guardians, genetic findings,
    /// places) and keeps the de-identified clinical record and the statistics. Refused while a
    /// service holds the record for money paid or a legal retention period, naming each reason.
    /// </summary>
    public static async Task<Results<Ok<PatientResponse>, NotFound, ProblemHttpResult>> ErasePatientIdentity(
        Guid id, ErasureRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var patient = await db.Patients.VisibleTo(staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        if (patient.ClosedReason is { } closed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: closed);
        }

        // The same person's merged duplicates still hold their identity: they go with the survivor.
        var merged = await MergedIntoAsync(db, id, cancellationToken);
        var recordIds = merged.Select(m => m.Id).Append(id).ToList();
        var holds = await db.RetentionHolds.AsNoTracking().Where(h => recordIds.Contains(h.PatientId) && h.Held).ToListAsync(cancellationToken);
        if (holds.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This record must be kept for now.",
                detail: string.Join(" ", holds.Select(h => $"{h.Source}: {h.Reason}")),
                extensions: new Dictionary<string, object?> { ["holds"] = holds.Select(h => new { h.Source, h.Reason, h.DecidedAt }).ToList() });
        }

        var now = services.Time.GetUtcNow();
        var reason = request.Reason!.Trim();
        patient.EraseIdentity(now);
        await db.UnindexNameAsync(id, cancellationToken);
        services.Audit.Record(staff, AuditActions.Erased, id, reason);
        foreach (var duplicate in merged)
        {
            duplicate.EraseIdentity(now);
            services.Audit.Record(staff, AuditActions.Erased, duplicate.Id, $"with {patient.RegistryId}, into which it was merged: {reason}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PatientResponse.From(patient, PatientAccess.MaySeeIdentifiers(staff), services.Protector));
    }

    /// <summary>Every hold on the record, from every source, held or released: what an erasure would be refused for.</summary>
    public static async Task<Results<Ok<List<RetentionHoldResponse>>, NotFound>> ListRetentionHolds(
        Guid id, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Patients.VisibleTo(http.Staff()).AnyAsync(p => p.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var holds = await services.Db.RetentionHolds.AsNoTracking().Where(h => h.PatientId == id).OrderBy(h => h.Source).ToListAsync(cancellationToken);
        return TypedResults.Ok(holds.Select(RetentionHoldResponse.From).ToList());
    }

    /// <summary>
    /// Places or lifts the association's own legal hold (litigation, an inquiry, a retention period
    /// set by law); other services place theirs with <c>RetentionHoldChanged</c>. Audited with its reason.
    /// </summary>
    public static async Task<Results<Ok<RetentionHoldResponse>, NotFound>> ChangeLegalHold(
        Guid id, LegalHoldRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        if (!await db.Patients.VisibleTo(staff).AnyAsync(p => p.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var now = services.Time.GetUtcNow();
        var held = request.Held!.Value;
        var reason = request.Reason!.Trim();
        var hold = await db.DecideRetentionHoldAsync(id, RetentionHold.LegalSource, held, reason, now, cancellationToken);
        services.Audit.Record(staff, AuditActions.LegalHoldChanged, id, $"{(held ? "held" : "released")}: {reason}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RetentionHoldResponse.From(hold));
    }

    /// <summary>Every record merged into this one, directly or through a record merged into it before.</summary>
    private static async Task<List<Patient>> MergedIntoAsync(RegistryDbContext db, Guid survivorId, CancellationToken cancellationToken)
    {
        var found = new List<Patient>();
        var survivors = new List<Guid> { survivorId };
        while (survivors.Count > 0)
        {
            var level = await db.Patients.Where(p => p.MergedIntoId != null && survivors.Contains(p.MergedIntoId.Value)).ToListAsync(cancellationToken);
            found.AddRange(level);
            survivors = level.Select(p => p.Id).ToList();
        }

        return found;
    }
}
