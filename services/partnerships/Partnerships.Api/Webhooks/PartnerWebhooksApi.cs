using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>A partner manages its own webhook endpoints (scope <c>webhooks.manage</c>): another partner's are not found.</summary>
public static class PartnerWebhooksApi
{
    private static readonly string[] SortableFields = ["createdAt"];
    private static readonly string[] SortableAttemptFields = ["at"];

    public static RouteGroupBuilder MapPartnerWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/webhooks").WithTags("Partner webhooks").RequireAuthorization(PartnerScopes.Policy(PartnerScopes.WebhooksManage));
        group.MapPost("/", CreateSubscription).Validate<CreateWebhookRequest>();
        group.MapGet("/", ListSubscriptions);
        group.MapGet("/{id:guid}", GetSubscription);
        group.MapDelete("/{id:guid}", DeleteSubscription);
        group.MapPost("/{id:guid}/disable", DisableSubscription);
        group.MapPost("/{id:guid}/enable", EnableSubscription);
        group.MapPost("/{id:guid}/rotate-secret", RotateSecret);
        group.MapGet("/{id:guid}/deliveries", ListDeliveries);
        group.MapGet("/{id:guid}/attempts", ListAttempts);
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", ReplayDelivery).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/replay", ReplayFailed).Validate<ReplayFailedRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>
    /// Subscribes an endpoint to event types (201). The URL must be https and every address its host resolves to public.
    /// The answer carries the signing secret (<c>whsec_…</c>), shown this once; it is kept encrypted to sign deliveries.
    /// </summary>
    public static async Task<Created<CreatedWebhookResponse>> CreateSubscription(
        CreateWebhookRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var secret = WebhookSigner.NewSecret();
        var subscription = WebhookSubscription.Create(PartnerOf(http), request.Url!.Trim(), request.EventTypes!, request.Description?.Trim() is { Length: > 0 } d ? d : null,
            encryptor.Encrypt(secret, WebhookSender.SecretPurpose), time.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/public/v1/webhooks/{subscription.Id}", new CreatedWebhookResponse(
            subscription.Id, subscription.Url, subscription.EventTypes, subscription.Description, subscription.Status, subscription.CreatedAt, secret));
    }

    /// <summary>The partner's endpoints, newest first by default (<c>sort=createdAt</c> for oldest first).</summary>
    public static async Task<Results<Ok<PagedResult<WebhookSubscriptionResponse>>, ValidationProblem>> ListSubscriptions(
        [AsParameters] PageQuery query, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var partnerId = PartnerOf(http);
        var subscriptions = db.WebhookSubscriptions.AsNoTracking().Where(s => s.PartnerId == partnerId);
        var total = await subscriptions.CountAsync(cancellationToken);
        var ordered = query.Sort is null || query.Descending ? subscriptions.OrderByDescending(s => s.CreatedAt) : subscriptions.OrderBy(s => s.CreatedAt);
        var page = await ordered.ThenBy(s => s.Id).Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<WebhookSubscriptionResponse>(page.Select(WebhookSubscriptionResponse.From).ToList(), query.PageNumber, query.Size, total));
    }

    /// <summary>One of the partner's endpoints with its status and failure count; another partner's is not found.</summary>
    public static async Task<Results<Ok<WebhookSubscriptionResponse>, NotFound>> GetSubscription(Guid id, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken) =>
        await OwnAsync(db, id, http, cancellationToken, tracked: false) is { } subscription ? TypedResults.Ok(WebhookSubscriptionResponse.From(subscription)) : TypedResults.NotFound();

    /// <summary>Removes the endpoint with its deliveries and their log (204).</summary>
    public static async Task<Results<NoContent, NotFound>> DeleteSubscription(Guid id, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var partnerId = PartnerOf(http);
        var deleted = await db.WebhookSubscriptions.Where(s => s.Id == id && s.PartnerId == partnerId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>Stops deliveries to the endpoint; its pending deliveries fail at once (a replay sends them later).</summary>
    public static async Task<Results<Ok<WebhookSubscriptionResponse>, NotFound>> DisableSubscription(
        Guid id, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await OwnAsync(db, id, http, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (subscription.Disable("Disabled by the partner.", now))
        {
            await db.SaveChangesAsync(cancellationToken);
            await WebhookSubscriptions.GiveUpPendingAsync(db, subscription.Id, now, cancellationToken);
        }

        return TypedResults.Ok(WebhookSubscriptionResponse.From(subscription));
    }

    /// <summary>Delivers to the endpoint again from now on, with its failure count reset; failed deliveries stay failed until replayed.</summary>
    public static async Task<Results<Ok<WebhookSubscriptionResponse>, NotFound>> EnableSubscription(Guid id, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (await OwnAsync(db, id, http, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        subscription.Enable();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WebhookSubscriptionResponse.From(subscription));
    }

    /// <summary>
    /// A new signing secret, shown this once. Until <c>previousSecretExpiresAt</c> (24 hours by default) every delivery
    /// carries a signature with each secret, so the partner switches its verifier without losing a delivery.
    /// </summary>
    public static async Task<Results<Ok<RotatedSecretResponse>, NotFound>> RotateSecret(
        Guid id, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, IOptions<WebhookOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await OwnAsync(db, id, http, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var secret = WebhookSigner.NewSecret();
        var previousExpiresAt = time.GetUtcNow() + options.Value.SecretRotationOverlap;
        subscription.RotateSecret(encryptor.Encrypt(secret, WebhookSender.SecretPurpose), previousExpiresAt);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RotatedSecretResponse(secret, previousExpiresAt));
    }

    /// <summary>The endpoint's deliveries, newest first, optionally of one status.</summary>
    public static async Task<Results<Ok<PagedResult<WebhookDeliveryResponse>>, NotFound, ValidationProblem>> ListDeliveries(
        Guid id, [AsParameters] PageQuery query, WebhookDeliveryStatus? status, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await OwnAsync(db, id, http, cancellationToken, tracked: false) is null)
        {
            return TypedResults.NotFound();
        }

        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (status is not null)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var ordered = query.Sort is null || query.Descending ? deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id) : deliveries.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id);
        var page = await ordered.Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<WebhookDeliveryResponse>(page.Select(WebhookDeliveryResponse.From).ToList(), query.PageNumber, query.Size, total));
    }

    /// <summary>The delivery log: every attempt with its time, the endpoint's status, its duration and error, newest first (<c>sort=at</c> for oldest first).</summary>
    public static async Task<Results<Ok<PagedResult<WebhookAttemptResponse>>, NotFound, ValidationProblem>> ListAttempts(
        Guid id, [AsParameters] PageQuery query, Guid? deliveryId, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableAttemptFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await OwnAsync(db, id, http, cancellationToken, tracked: false) is null)
        {
            return TypedResults.NotFound();
        }

        var attempts = db.WebhookAttempts.AsNoTracking().Where(a => a.SubscriptionId == id);
        if (deliveryId is not null)
        {
            attempts = attempts.Where(a => a.DeliveryId == deliveryId);
        }

        var total = await attempts.CountAsync(cancellationToken);
        var ordered = query.Sort is null || query.Descending ? attempts.OrderByDescending(a => a.At).ThenByDescending(a => a.Id) : attempts.OrderBy(a => a.At).ThenBy(a => a.Id);
        var page = await ordered.Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<WebhookAttemptResponse>(
            page.Select(a => new WebhookAttemptResponse(a.DeliveryId, WebhookDelivery.MessageIdOf(a.DeliveryId), a.At, a.StatusCode, a.DurationMilliseconds, a.Error)).ToList(),
            query.PageNumber, query.Size, total));
    }

    /// <summary>Sends one delivery again, from the start of the retry schedule, with the same <c>webhook-id</c> (409 while the endpoint is disabled).</summary>
    public static async Task<Results<Ok<WebhookDeliveryResponse>, NotFound, ProblemHttpResult>> ReplayDelivery(
        Guid id, Guid deliveryId, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await OwnAsync(db, id, http, cancellationToken, tracked: false) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken);
        if (delivery is null)
        {
            return TypedResults.NotFound();
        }

        if (subscription.Status != WebhookSubscriptionStatus.Active)
        {
            return Disabled();
        }

        // A pending delivery may be in a dispatcher's hands right now; replaying it would send it twice at once.
        if (delivery.Status == WebhookDeliveryStatus.Pending)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The delivery is still being sent.",
                detail: "Replay a delivery once it has succeeded or failed; its next attempt is in nextAttemptAt.");
        }

        delivery.Replay(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WebhookDeliveryResponse.From(delivery));
    }

    /// <summary>Sends again every failed delivery created since the given time (409 while the endpoint is disabled).</summary>
    public static async Task<Results<Ok<ReplayResponse>, NotFound, ProblemHttpResult>> ReplayFailed(
        Guid id, ReplayFailedRequest request, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await OwnAsync(db, id, http, cancellationToken, tracked: false) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        if (subscription.Status != WebhookSubscriptionStatus.Active)
        {
            return Disabled();
        }

        var now = time.GetUtcNow();
        // WebhookDelivery.Replay as one statement: a long outage can leave thousands of failed rows.
        var replayed = await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == id && d.Status == WebhookDeliveryStatus.Failed && d.CreatedAt >= request.Since)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now)
                .SetProperty(d => d.CompletedAt, (DateTimeOffset?)null)
                .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken);
        return TypedResults.Ok(new ReplayResponse(replayed));
    }

    private static async Task<WebhookSubscription?> OwnAsync(PartnershipsDbContext db, Guid id, HttpContext http, CancellationToken cancellationToken, bool tracked = true)
    {
        var partnerId = PartnerOf(http);
        var subscriptions = tracked ? db.WebhookSubscriptions : db.WebhookSubscriptions.AsNoTracking();
        return await subscriptions.FirstOrDefaultAsync(s => s.Id == id && s.PartnerId == partnerId, cancellationToken);
    }

    private static string PartnerOf(HttpContext http) => PartnerClaims.PartnerOf(http.User);

    private static ProblemHttpResult Disabled() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The endpoint is disabled.",
        detail: "Enable it first (POST /public/v1/webhooks/{id}/enable), then replay.");
}
