using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>The association's admins see their partners' endpoints, so they can tell a partner its endpoint was disabled.</summary>
public static class StaffWebhooksApi
{
    private const int MaxNotices = 50;

    public static RouteHandlerBuilder MapStaffWebhooksApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/partners/{id:guid}/webhooks", ListPartnerWebhooks).WithTags("Partner credentials").RequireAuthorization(PartnerCredentialsApi.AdminPolicy);

    /// <summary>The partner's webhook endpoints (never their secrets) and the latest notices of endpoints the service disabled.</summary>
    public static async Task<Results<Ok<PartnerWebhooksOverview>, NotFound>> ListPartnerWebhooks(Guid id, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var partnerId = id.ToString("D");
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId && p.AssociationId == staff.AssociationId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.PartnerId == partnerId).OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);
        var notices = await db.WebhookDisabledNotices.AsNoTracking().Where(n => n.PartnerId == partnerId).OrderByDescending(n => n.At).Take(MaxNotices)
            .Select(n => new WebhookNoticeResponse(n.SubscriptionId, n.Reason, n.At)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PartnerWebhooksOverview(subscriptions.Select(WebhookSubscriptionResponse.From).ToList(), notices));
    }
}
