using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>What happens to an endpoint's queue when it is disabled, by the partner or by the dispatcher.</summary>
public static class WebhookSubscriptions
{
    /// <summary>Its pending deliveries fail at once rather than wait for an endpoint that is off; a replay sends them again.</summary>
    public static Task<int> GiveUpPendingAsync(PartnershipsDbContext db, Guid subscriptionId, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.Where(d => d.SubscriptionId == subscriptionId && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Failed)
                .SetProperty(d => d.CompletedAt, at)
                .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken);
}
