using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Programmes;

/// <summary>Coverage programmes, versioned: a change makes a new version and never rewrites a decided claim.</summary>
public static class ProgrammesApi
{
    public const string ManagePolicy = "funding.programmes.manage";

    public static RouteGroupBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/programmes").WithTags("Programmes").RequireAuthorization(FundingPolicies.Claims);
        group.MapGet("/", ListProgrammes);
        group.MapPost("/", CreateProgramme).Validate<ProgrammeRequest>().RequireAuthorization(ManagePolicy);
        group.MapGet("/{id:guid}", GetProgramme);
        group.MapGet("/{id:guid}/versions", ListVersions);
        group.MapPut("/{id:guid}", ChangeProgramme).Validate<ProgrammeRequest>().RequireAuthorization(ManagePolicy).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>The current version of each of the association's programmes.</summary>
    public static async Task<Ok<List<ProgrammeResponse>>> ListProgrammes(HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => p.AssociationId == association && p.SupersededAt == null)
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(programmes.Select(ProgrammeResponse.From).ToList());
    }

    /// <summary>Creates a programme (version 1) and its restricted fund in the ledger; money reaches the fund as receipts or transfers.</summary>
    public static async Task<Created<ProgrammeResponse>> CreateProgramme(
        ProgrammeRequest request, HttpContext http, FundingDbContext db, FundLedger ledger, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var programme = CoverageProgramme.Create(staff.AssociationId, request.ToDefinition(), staff.Login, time.GetUtcNow());
        db.Programmes.Add(programme);
        ledger.OpenProgrammeFund(staff.AssociationId, programme.ProgrammeId, programme.Name);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/programmes/{programme.ProgrammeId}", ProgrammeResponse.From(programme));
    }

    /// <summary>The programme's current version.</summary>
    public static async Task<Results<Ok<ProgrammeResponse>, NotFound>> GetProgramme(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().CurrentAsync(http.Staff().AssociationId, id, cancellationToken);
        return programme is null ? TypedResults.NotFound() : TypedResults.Ok(ProgrammeResponse.From(programme));
    }

    /// <summary>Every version of the programme, oldest first: what each claim's <c>programmeVersion</c> refers to.</summary>
    public static async Task<Results<Ok<List<ProgrammeResponse>>, NotFound>> ListVersions(Guid id, HttpContext http, FundingDbContext db, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        var versions = await db.Programmes.AsNoTracking().Where(p => p.AssociationId == association && p.ProgrammeId == id).OrderBy(p => p.Version).ToListAsync(cancellationToken);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(versions.Select(ProgrammeResponse.From).ToList());
    }

    /// <summary>Changes the programme from now on: a new version with these terms; claims decided before keep theirs.</summary>
    public static async Task<Results<Ok<ProgrammeResponse>, NotFound, ProblemHttpResult>> ChangeProgramme(
        Guid id, ProgrammeRequest request, HttpContext http, FundingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var current = await db.Programmes.CurrentAsync(staff.AssociationId, id, cancellationToken);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        var next = current.Supersede(request.ToDefinition(), staff.Login, time.GetUtcNow());
        db.Programmes.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Any(exception) || exception is DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The programme was changed at the same moment by someone else.", detail: "Read it again and repeat your change.");
        }

        return TypedResults.Ok(ProgrammeResponse.From(next));
    }

    public static Task<CoverageProgramme?> CurrentAsync(this IQueryable<CoverageProgramme> programmes, string associationId, Guid programmeId, CancellationToken cancellationToken) =>
        programmes.Where(p => p.AssociationId == associationId && p.ProgrammeId == programmeId && p.SupersededAt == null).FirstOrDefaultAsync(cancellationToken);
}
