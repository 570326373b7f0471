using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Webhooks;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Referrals;

/// <summary>The association's coordinators and admins work through the referrals partners sent them.</summary>
public static class StaffReferralsApi
{
    public const string CoordinatorPolicy = "referrals-coordinator";
    private static readonly string[] SortableFields = ["requestedAt"];

    public static RouteGroupBuilder MapStaffReferralsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(CoordinatorPolicy);
        group.MapGet("/", ListReferrals);
        group.MapGet("/{id:guid}", GetReferral);
        group.MapPost("/{id:guid}/accept", AcceptReferral).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/reject", RejectReferral).Validate<RejectReferralRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/start", StartReferral).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/complete", CompleteReferral).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// The association's referrals, newest first by default, optionally of one status and of one urgency
    /// (<c>urgency=routine|urgent|asap</c>, as referrals are answered); no identifying details.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<StaffReferralSummary>>, ValidationProblem>> ListReferrals(
        [AsParameters] PageQuery query, ReferralStatus? status, string? urgency, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var errors = query.Validate(SortableFields) ?? [];
        // Taken as text so that an unknown urgency gets the usual field error, not a bare 400 of the binder.
        var (urgencyFilter, knownUrgency) = UrgencyFilter(urgency);
        if (!knownUrgency)
        {
            errors["urgency"] = ["Urgency is routine, urgent or asap."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var referrals = db.Referrals.AsNoTracking().Where(r => r.AssociationId == staff.AssociationId);
        if (status is not null)
        {
            referrals = referrals.Where(r => r.Status == status);
        }

        if (urgencyFilter is not null)
        {
            referrals = referrals.Where(r => r.Urgency == urgencyFilter);
        }

        var total = await referrals.CountAsync(cancellationToken);
        var ordered = query.Sort is null || query.Descending ? referrals.OrderByDescending(r => r.RequestedAt) : referrals.OrderBy(r => r.RequestedAt);
        var page = await ordered.ThenBy(r => r.Id).Skip(query.Skip).Take(query.Size)
            .Select(r => new StaffReferralSummary(r.Id, r.PartnerId, r.Status, r.Urgency, r.DiagnosisGroup, r.RegionCode, r.RequestedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<StaffReferralSummary>(page, query.PageNumber, query.Size, total));
    }

    /// <summary>A referral with the child's, family's and doctor's details, for a coordinator of its association; each read is audited.</summary>
    public static async Task<Results<Ok<StaffReferralResponse>, NotFound>> GetReferral(
        Guid id, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        // Committed before the details leave, like every read of personal data.
        db.ReferralReads.Add(new ReferralRead(referral.Id, staff.AssociationId, staff.Login, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(referral, encryptor));
    }

    /// <summary>Accepts a requested referral and publishes <c>ReferralAccepted</c> with what the Registry's registration form needs.</summary>
    public static Task<Results<Ok<StaffReferralResponse>, NotFound, ProblemHttpResult>> AcceptReferral(
        Guid id, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        MoveAsync(id, http, db, encryptor, (referral, staff) =>
        {
            var now = time.GetUtcNow();
            referral.Accept(staff.Login, now);
            var details = Details(referral, encryptor);
            db.AddIntegrationEvent(new ReferralAccepted(Guid.CreateVersion7(now), now, referral.Id, referral.AssociationId, referral.PartnerId, staff.Login,
                details.ChildFirstName, details.ChildLastName, details.ChildBirthDate, details.ChildSex,
                referral.DiagnosisGroup, referral.DiagnosisCode, referral.RegionCode, details.FamilyPhone, details.FamilyEmail));
        }, cancellationToken);

    /// <summary>Rejects a requested referral with a reason the partner is shown.</summary>
    public static Task<Results<Ok<StaffReferralResponse>, NotFound, ProblemHttpResult>> RejectReferral(
        Guid id, RejectReferralRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        MoveAsync(id, http, db, encryptor, (referral, staff) => referral.Reject(staff.Login, time.GetUtcNow(), request.Reason!.Trim()), cancellationToken);

    /// <summary>Marks an accepted referral in progress (the family is being contacted or registered).</summary>
    public static Task<Results<Ok<StaffReferralResponse>, NotFound, ProblemHttpResult>> StartReferral(
        Guid id, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        MoveAsync(id, http, db, encryptor, (referral, staff) => referral.Start(staff.Login, time.GetUtcNow()), cancellationToken);

    /// <summary>Completes a referral in progress.</summary>
    public static Task<Results<Ok<StaffReferralResponse>, NotFound, ProblemHttpResult>> CompleteReferral(
        Guid id, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        MoveAsync(id, http, db, encryptor, (referral, staff) => referral.Complete(staff.Login, time.GetUtcNow()), cancellationToken);

    private static async Task<Results<Ok<StaffReferralResponse>, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, Action<Referral, StaffMember> move, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == staff.AssociationId, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        try
        {
            move(referral, staff);
        }
        catch (ReferralConflictException conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The referral cannot make this step.", detail: conflict.Message);
        }

        await WebhookOutbox.ReferralStatusChangedAsync(db, referral.Id, referral.PartnerId, referral.StatusChangedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(referral, encryptor));
    }

    private static ReferralDetails Details(Referral referral, FieldEncryptor encryptor) =>
        JsonSerializer.Deserialize<ReferralDetails>(encryptor.Decrypt(referral.ProtectedDetails, ReferralDetails.Purpose))!;

    private static StaffReferralResponse ToResponse(Referral referral, FieldEncryptor encryptor) => new(
        referral.Id, referral.PartnerId, referral.Status, referral.Urgency, referral.DiagnosisGroup, referral.DiagnosisCode, referral.RegionCode,
        referral.RequestedAt, referral.StatusChangedAt, Details(referral, encryptor), referral.History);

    /// <summary>No filter when absent; otherwise one of the lower-case names referrals are answered with.</summary>
    private static (ReferralUrgency? Urgency, bool Known) UrgencyFilter(string? text) => text switch
    {
        null => (null, true),
        _ when QueryEnums.TryParseLowerCase<ReferralUrgency>(text, out var urgency) => (urgency, true),
        _ => (null, false),
    };
}
