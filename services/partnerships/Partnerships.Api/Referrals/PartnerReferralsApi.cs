using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Webhooks;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Referrals;

/// <summary>Partners send referrals (scope <c>referrals.write</c>) and follow their own (scope <c>referrals.read</c>).</summary>
public static class PartnerReferralsApi
{
    private static readonly string[] SortableFields = ["requestedAt"];

    public static RouteGroupBuilder MapPartnerReferralsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/referrals").WithTags("Partner referrals");
        group.MapPost("/", SendReferral).Validate<ReferralRequest>().RequireAuthorization(PartnerScopes.Policy(PartnerScopes.ReferralsWrite)).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListReferrals).RequireAuthorization(PartnerScopes.Policy(PartnerScopes.ReferralsRead)).WithEntityTags();
        group.MapGet("/{id:guid}", GetReferral).RequireAuthorization(PartnerScopes.Policy(PartnerScopes.ReferralsRead)).WithEntityTags();
        group.MapPost("/{id:guid}/cancel", CancelReferral).RequireAuthorization(PartnerScopes.Policy(PartnerScopes.ReferralsWrite)).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Refers a child to the partner's association (201). The referral's <c>id</c> is the idempotency key: sent again with
    /// the same body it answers the same referral (200) and makes no second one; with a different body, 409.
    /// </summary>
    public static async Task<Results<Created<PartnerReferralResponse>, Ok<PartnerReferralResponse>, ProblemHttpResult>> SendReferral(
        ReferralRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var partnerId = PartnerOf(http);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
        if (await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken) is { } existing)
        {
            return existing.PartnerId == partnerId && existing.RequestHash == hash
                ? TypedResults.Ok(PartnerReferralResponse.From(existing))
                : IdTaken();
        }

        var partner = await db.Partners.AsNoTracking().FirstAsync(p => p.Id == partnerId, cancellationToken);
        if (partner.AssociationId is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The partner is not attached to an association.", detail: "Ask the association to complete the partnership.");
        }

        var details = new ReferralDetails(request.Child!.FirstName!.Trim(), request.Child.LastName!.Trim(), request.Child.BirthDate!.Value, request.Child.Sex!,
            request.Family!.Phone!.Trim(), request.Family.Email?.Trim(), request.Doctor!.Name!.Trim(), request.Doctor.Contact!.Trim());
        var referral = Referral.Request(request.Id!.Value, partnerId, partner.AssociationId, hash, request.DiagnosisGroup!, request.DiagnosisCode!.Trim(),
            request.RegionCode!, request.Urgency!.Value, encryptor.Encrypt(JsonSerializer.Serialize(details), ReferralDetails.Purpose), partnerId, time.GetUtcNow());
        db.Referrals.Add(referral);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same id sent twice at once: the other request made it; answer as a repeat would be answered.
            db.ChangeTracker.Clear();
            var made = await db.Referrals.AsNoTracking().FirstAsync(r => r.Id == request.Id, cancellationToken);
            return made.PartnerId == partnerId && made.RequestHash == hash ? TypedResults.Ok(PartnerReferralResponse.From(made)) : IdTaken();
        }

        return TypedResults.Created($"/public/v1/referrals/{referral.Id}", PartnerReferralResponse.From(referral));
    }

    /// <summary>The partner's own referrals with their status, newest first by default (<c>sort=requestedAt</c> for oldest first).</summary>
    public static async Task<Results<Ok<PagedResult<PartnerReferralResponse>>, ValidationProblem>> ListReferrals(
        [AsParameters] PageQuery query, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var partnerId = PartnerOf(http);
        var referrals = db.Referrals.AsNoTracking().Where(r => r.PartnerId == partnerId);
        var total = await referrals.CountAsync(cancellationToken);
        var ordered = query.Sort is null || query.Descending ? referrals.OrderByDescending(r => r.RequestedAt) : referrals.OrderBy(r => r.RequestedAt);
        var page = await ordered.ThenBy(r => r.Id).Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PartnerReferralResponse>(page.Select(PartnerReferralResponse.From).ToList(), query.PageNumber, query.Size, total));
    }

    /// <summary>One of the partner's referrals; another partner's is not found.</summary>
    public static async Task<Results<Ok<PartnerReferralResponse>, NotFound>> GetReferral(Guid id, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var partnerId = PartnerOf(http);
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.PartnerId == partnerId, cancellationToken);
        return referral is null ? TypedResults.NotFound() : TypedResults.Ok(PartnerReferralResponse.From(referral));
    }

    /// <summary>Cancels a requested or accepted referral (409 once it is in progress, rejected or done).</summary>
    public static async Task<Results<Ok<PartnerReferralResponse>, NotFound, ProblemHttpResult>> CancelReferral(
        Guid id, CancelReferralRequest? request, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var partnerId = PartnerOf(http);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id && r.PartnerId == partnerId, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var wasAccepted = referral.Status != ReferralStatus.Requested;
        try
        {
            referral.Cancel(partnerId, time.GetUtcNow(), request?.Reason?.Trim() is { Length: > 0 and <= 500 } reason ? reason : null);
        }
        catch (ReferralConflictException conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The referral cannot be cancelled.", detail: conflict.Message);
        }

        if (wasAccepted)
        {
            // The Registry holds the child's details for registration since the acceptance; it must let them go.
            db.AddIntegrationEvent(new ReferralCancelled(Guid.CreateVersion7(referral.StatusChangedAt), referral.StatusChangedAt, referral.Id, referral.AssociationId));
        }

        await WebhookOutbox.ReferralStatusChangedAsync(db, referral.Id, referral.PartnerId, referral.StatusChangedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PartnerReferralResponse.From(referral));
    }

    private static string PartnerOf(HttpContext http) => PartnerClaims.PartnerOf(http.User);

    private static ProblemHttpResult IdTaken() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This referral id is already used with a different request.",
        detail: "A referral's id is its idempotency key: resend the same body, or give a new referral a new id.");
}
