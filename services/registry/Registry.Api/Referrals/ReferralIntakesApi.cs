using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Referrals;

/// <summary>
/// Children referred by partners and accepted by a coordinator in Partnerships, waiting to be registered. Registering
/// one is <c>POST /patients</c> with the intake's <c>referralId</c>; a child already registered is linked instead; a
/// referral that will not become a record is dismissed with a reason. Open to the roles that register patients.
/// </summary>
public static class ReferralIntakesApi
{
    private static readonly string[] SortableFields = ["acceptedAt"];

    public static RouteGroupBuilder MapReferralIntakesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/referral-intakes").WithTags("Referral intakes").RequireAuthorization(PatientAccess.RegisterPolicy);
        group.MapGet("/", ListIntakes);
        group.MapGet("/{id:guid}", GetIntake);
        group.MapPost("/{id:guid}/link", LinkIntake).Validate<LinkReferralIntakeRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/dismiss", DismissIntake).Validate<DismissReferralIntakeRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Intakes of the caller's association (branch staff: their branch's region), waiting ones by default, oldest first.
    /// Each child named on the page is recorded in the audit trail.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<ReferralIntakeSummary>>, ValidationProblem>> ListIntakes(
        [AsParameters] ReferralIntakeListQuery query, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(query.Page, query.PageSize, query.Sort);
        var errors = paging.Validate(SortableFields) ?? [];
        var (status, known) = StatusFilter(query.Status);
        if (!known)
        {
            errors["status"] = ["Status is pending, registered, linked, dismissed or all."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var intakes = (await ReferralIntakes.VisibleToAsync(services.Db, staff, cancellationToken)).AsNoTracking();
        if (status is not null)
        {
            intakes = intakes.Where(i => i.Status == status);
        }

        var ordered = paging.Descending ? intakes.OrderByDescending(i => i.AcceptedAt) : intakes.OrderBy(i => i.AcceptedAt);
        var page = await ordered.ThenBy(i => i.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        var total = await intakes.CountAsync(cancellationToken);
        foreach (var named in page.Where(i => i.ChildLastName is not null))
        {
            services.Audit.Record(staff, AuditActions.ReferralIntakesListed, null, $"partner referral {named.Id}");
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ReferralIntakeSummary>(page.ConvertAll(ReferralIntakeSummary.From), paging.PageNumber, paging.Size, total));
    }

    /// <summary>One intake with the family's contacts and the registration form filled in from it; the read is audited.</summary>
    public static async Task<Results<Ok<ReferralIntakeResponse>, NotFound>> GetIntake(
        Guid id, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var intake = await (await ReferralIntakes.VisibleToAsync(services.Db, staff, cancellationToken)).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intake is null)
        {
            return TypedResults.NotFound();
        }

        services.Audit.Record(staff, AuditActions.ReferralIntakeRead, intake.PatientId, $"partner referral {intake.Id}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReferralIntakeResponse.From(intake, services.Protector));
    }

    /// <summary>The referred child was already registered: the intake points at that record and the partner's referral moves on.</summary>
    public static Task<Results<Ok<ReferralIntakeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> LinkIntake(
        Guid id, LinkReferralIntakeRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken) =>
        CloseAsync(id, http.Staff(), services, async (intake, staff) =>
        {
            var patientId = request.PatientId!.Value;
            if (!await services.Db.Patients.ListableBy(staff).AnyAsync(p => p.Id == patientId && p.ErasedAt == null, cancellationToken))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["patientId"] = ["No current patient record with this id in your association (or your branch)."] });
            }

            var now = services.Time.GetUtcNow();
            intake.Linked(patientId, staff.Login, now);
            services.Audit.Record(staff, AuditActions.ReferralIntakeLinked, patientId, $"partner referral {intake.Id}");
            services.Db.AddIntegrationEvent(new ReferralRegistered(Guid.CreateVersion7(now), now, intake.Id, intake.AssociationId, staff.Login));
            return null;
        }, cancellationToken);

    /// <summary>No record will be made: the child's details held for the registration are cleared, the reason kept.</summary>
    public static Task<Results<Ok<ReferralIntakeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DismissIntake(
        Guid id, DismissReferralIntakeRequest request, HttpContext http, [AsParameters] RegistryServices services, CancellationToken cancellationToken) =>
        CloseAsync(id, http.Staff(), services, (intake, staff) =>
        {
            intake.Dismissed(staff.Login, services.Time.GetUtcNow(), request.Reason!.Trim());
            services.Audit.Record(staff, AuditActions.ReferralIntakeDismissed, null, $"partner referral {intake.Id}");
            return Task.FromResult<ValidationProblem?>(null);
        }, cancellationToken);

    /// <summary>
    /// Locks the intake, lets <paramref name="close"/> close it (or refuse with a field error), and commits: an intake the
    /// staff member does not reach answers 404, one already closed 409.
    /// </summary>
    private static async Task<Results<Ok<ReferralIntakeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CloseAsync(
        Guid id, StaffMember staff, RegistryServices services, Func<ReferralIntake, StaffMember, Task<ValidationProblem?>> close, CancellationToken cancellationToken)
    {
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var intake = await ReferralIntakes.LockAsync(db, staff, id, cancellationToken);
        if (intake is null)
        {
            return TypedResults.NotFound();
        }

        if (!intake.IsPending)
        {
            return ReferralIntakes.Closed(intake.Status);
        }

        if (await close(intake, staff) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ReferralIntakeResponse.From(intake, services.Protector));
    }

    /// <summary>Waiting intakes when no status is given; <c>all</c> for every status.</summary>
    private static (ReferralIntakeStatus? Status, bool Known) StatusFilter(string? text) => text switch
    {
        null => (ReferralIntakeStatus.Pending, true),
        "all" => (null, true),
        _ when QueryEnums.TryParseLowerCase<ReferralIntakeStatus>(text, out var status) => (status, true),
        _ => (null, false),
    };
}
