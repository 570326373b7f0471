using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

/// <summary>Medicine claims: a pharmacy invoice for one patient, from draft to paid, every step recorded and audited.</summary>
public static partial class ClaimsApi
{
    public static RouteGroupBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/claims").WithTags("Claims").RequireAuthorization(FundingPolicies.Claims)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/", CreateClaim).Validate<ClaimRequest>();
        group.MapPost("/simulation", SimulateClaim).Validate<ClaimRequest>();
        group.MapGet("/", ListClaims);
        group.MapGet("/{id:guid}", GetClaim);
        group.MapPut("/{id:guid}", EditClaim).Validate<ClaimRequest>();
        group.MapPost("/{id:guid}/submission", SubmitClaim);
        group.MapPost("/{id:guid}/review", StartReview);
        group.MapPost("/{id:guid}/information-request", RequestInformation).Validate<ClaimNoteRequest>();
        group.MapPost("/{id:guid}/information", ProvideInformation).Validate<ClaimNoteRequest>();
        group.MapPost("/{id:guid}/approval", ApproveClaim).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:guid}/rejection", RejectClaim).Validate<RejectionRequest>();
        group.MapPost("/{id:guid}/resubmission", ResubmitClaim);
        group.MapPost("/{id:guid}/reversal", ReverseClaim).Validate<ClaimNoteRequest>();
        group.MapPost("/{id:guid}/attachments", AddAttachment).Validate<AttachmentRequest>();
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", GetAttachment);
        return group;
    }

    /// <summary>
    /// Opens a draft claim for a patient of the caller's association (and branch). An invoice number
    /// already claimed from the same pharmacy (ICE, or name and city) answers 409 with that claim's
    /// id, also when two such drafts arrive at the same moment.
    /// </summary>
    public static async Task<Results<Created<ClaimResponse>, ValidationProblem, ProblemHttpResult>> CreateClaim(
        ClaimRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        var (account, programme, error) = await AccountAndProgrammeAsync(db, staff, request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var draft = request.ToDraft();
        if (await DuplicateAsync(db, staff.AssociationId, draft.InvoiceKey, null, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var claim = Claim.Create(staff.AssociationId, account!.BranchId, account.PatientId, programme!.ProgrammeId, account.RegionCode, account.DiagnosisGroup,
            draft, Actor.Of(staff), services.Time.GetUtcNow());
        db.Claims.Add(claim);
        services.Audit.Record(staff, AuditActions.ClaimCreated, [claim.PatientId], $"claim {claim.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Any(exception))
        {
            db.ChangeTracker.Clear();
            var winner = await DuplicateAsync(db, staff.AssociationId, draft.InvoiceKey, null, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        return TypedResults.Created($"/claims/{claim.Id}", ClaimResponse.From(claim));
    }

    /// <summary>The claim with its lines, arithmetic, history and attachments (their metadata).</summary>
    public static async Task<Results<Ok<ClaimResponse>, NotFound>> GetClaim(Guid id, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var claim = await services.Db.Claims.AsNoTracking().VisibleTo(staff).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        var attachments = await services.Db.ClaimAttachments.AsNoTracking().Where(a => a.ClaimId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new ClaimAttachmentResponse(a.Id, a.Kind, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy))
            .ToListAsync(cancellationToken);
        services.Audit.Record(staff, AuditActions.ClaimRead, [claim.PatientId], $"claim {id}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim, attachments));
    }

    /// <summary>The claims the caller may see, paged; the page's patients go into one audit row.</summary>
    public static async Task<Results<Ok<PagedResult<ClaimSummary>>, ValidationProblem>> ListClaims(
        [AsParameters] ClaimsListQuery query, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        if (query.Validate() is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var claims = query.Apply(services.Db.Claims.AsNoTracking().VisibleTo(staff));
        var total = await claims.CountAsync(cancellationToken);
        var page = await claims.Skip(query.Paging.Skip).Take(query.Paging.Size).ToListAsync(cancellationToken);
        services.Audit.Record(staff, AuditActions.ClaimsListed, page.Select(c => c.PatientId).Distinct(), query.Describe());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ClaimSummary>(page.Select(ClaimSummary.From).ToList(), query.Paging.PageNumber, query.Paging.Size, total));
    }

    /// <summary>Replaces a draft's invoice (pharmacy, number, lines); the patient stays the same.</summary>
    public static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem, ProblemHttpResult>> EditClaim(
        Guid id, ClaimRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (request.PatientId != claim.PatientId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["patientId"] = ["A claim stays with its patient; open a new claim for another one."] });
        }

        var account = await db.CoverageAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.PatientId == claim.PatientId, cancellationToken);
        if (account is not null && DispensedBeforeBirth.Errors(account, request.Lines!) is { } beforeBirth)
        {
            return TypedResults.ValidationProblem(beforeBirth);
        }

        var draft = request.ToDraft();
        if (await DuplicateAsync(db, staff.AssociationId, draft.InvoiceKey, id, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        claim.Edit(draft, Actor.Of(staff), services.Time.GetUtcNow());
        services.Audit.Record(staff, AuditActions.ClaimChanged, [claim.PatientId], $"claim {id}: edited");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Any(exception))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var winner = await DuplicateAsync(db, staff.AssociationId, draft.InvoiceKey, id, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }

    /// <summary>The patient's account (visible to the caller) and the programme the claim falls under, or the field error saying why not (also a line dispensed before birth).</summary>
    private static async Task<(CoverageAccount? Account, CoverageProgramme? Programme, ValidationProblem? Error)> AccountAndProgrammeAsync(
        FundingDbContext db, StaffMember staff, ClaimRequest request, CancellationToken cancellationToken)
    {
        var accounts = db.CoverageAccounts.AsNoTracking().Where(a => a.AssociationId == staff.AssociationId && a.PatientId == request.PatientId);
        var account = await (staff.BranchId is null ? accounts : accounts.Where(a => a.BranchId == staff.BranchId)).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return (null, null, FieldError("patientId", "No coverage account of your association (or branch) belongs to this patient."));
        }

        if (DispensedBeforeBirth.Errors(account, request.Lines!) is { } beforeBirth)
        {
            return (account, null, TypedResults.ValidationProblem(beforeBirth));
        }

        if ((request.ProgrammeId ?? account.ProgrammeId) is not { } programmeId)
        {
            return (account, null, FieldError("programmeId", "The patient's account belongs to no programme; name the programme."));
        }

        var programme = await db.Programmes.AsNoTracking().CurrentAsync(staff.AssociationId, programmeId, cancellationToken);
        return programme is null
            ? (account, null, FieldError("programmeId", "No programme of your association has this id."))
            : (account, programme, null);
    }

    private static async Task<ProblemHttpResult?> DuplicateAsync(FundingDbContext db, string associationId, string invoiceKey, Guid? except, CancellationToken cancellationToken)
    {
        var existing = await db.Claims.AsNoTracking()
            .Where(c => c.AssociationId == associationId && c.InvoiceKey == invoiceKey && c.Id != except)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return existing is { } id
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This invoice was claimed already.",
                detail: $"Claim {id} claims the same invoice number from the same pharmacy.",
                extensions: new Dictionary<string, object?> { ["existingClaimId"] = id })
            : null;
    }

    private static ValidationProblem FieldError(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
