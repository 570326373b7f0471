using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static class PatientsApi
{
    private static readonly string[] SortableFields = ["registeredAt", "lastName", "dateOfBirth"];

    public static RouteGroupBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/patients").WithTags("Patients");
        group.MapPost("/", RegisterPatient).Validate<RegisterPatientRequest>();
        group.MapGet("/{id:guid}", GetPatient);
        group.MapGet("/", ListPatients);
        return group;
    }

    /// <summary>
    /// Registers a patient in the caller's association. The patient row, its audit entry and the
    /// <c>PatientRegistered</c> outbox row commit together, or not at all.
    /// </summary>
    public static async Task<Results<Created<PatientResponse>, ValidationProblem>> RegisterPatient(
        RegisterPatientRequest request, HttpContext http, RegistryDbContext db, PatientAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var branchId = staff.BranchId ?? NullIfEmpty(request.BranchId);
        if (staff.BranchId is not null && NullIfEmpty(request.BranchId) is { } requested && requested != staff.BranchId)
        {
            return BranchError("Branch staff register patients in their own branch only.");
        }

        if (branchId is not null && !await db.Branches.AnyAsync(b => b.AssociationId == staff.AssociationId && b.Id == branchId, cancellationToken))
        {
            return BranchError("This branch does not exist in your association.");
        }

        var now = time.GetUtcNow();
        var patient = Patient.Register(request, staff.AssociationId, branchId, staff.Login, now);
        db.Patients.Add(patient);
        audit.Record(staff, AuditActions.PatientRegistered, patient.Id);
        db.AddIntegrationEvent(patient.ToRegisteredEvent(now));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/patients/{patient.Id}", PatientResponse.From(patient));
    }

    public static async Task<Results<Ok<PatientResponse>, NotFound>> GetPatient(
        Guid id, HttpContext http, RegistryDbContext db, PatientAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var patient = await db.Patients.AsNoTracking().VisibleTo(staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        audit.Record(staff, AuditActions.PatientRead, patient.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PatientResponse.From(patient));
    }

    public static async Task<Results<Ok<PagedResult<PatientResponse>>, ValidationProblem>> ListPatients(
        [AsParameters] PageQuery query, HttpContext http, RegistryDbContext db, PatientAuditTrail audit, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var patients = db.Patients.AsNoTracking().VisibleTo(staff);
        var total = await patients.CountAsync(cancellationToken);
        var page = await Sort(patients, query).Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);

        audit.RecordList(staff, page.Select(p => p.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PatientResponse>(page.Select(PatientResponse.From).ToList(), query.PageNumber, query.Size, total));
    }

    private static IQueryable<Patient> Sort(IQueryable<Patient> patients, PageQuery query) => (query.SortField, query.Descending) switch
    {
        ("lastName", false) => patients.OrderBy(p => p.LastName).ThenBy(p => p.Id),
        ("lastName", true) => patients.OrderByDescending(p => p.LastName).ThenBy(p => p.Id),
        ("dateOfBirth", false) => patients.OrderBy(p => p.DateOfBirth).ThenBy(p => p.Id),
        ("dateOfBirth", true) => patients.OrderByDescending(p => p.DateOfBirth).ThenBy(p => p.Id),
        ("registeredAt", false) => patients.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id),
        _ => patients.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
    };

    private static ValidationProblem BranchError(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["branchId"] = [message] });

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
