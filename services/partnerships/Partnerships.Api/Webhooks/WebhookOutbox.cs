using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Calendar;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// Queues a delivery for every active subscription to the event type; the rows are saved with the caller's
/// SaveChanges, so the change and its notices commit together or not at all.
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="db">The context the triggering change is saved with.</param>
    /// <param name="eventType">One of <see cref="WebhookEventTypes.All"/>.</param>
    /// <param name="resourceId">The changed resource's id, as the public API names it.</param>
    /// <param name="url">Where the partner fetches it.</param>
    /// <param name="onlyPartnerId">The one partner it concerns (its own referral), or null for every subscriber.</param>
    /// <param name="at">When the change happened.</param>
    /// <param name="cancellationToken">Cancels the look-up of subscriptions.</param>
    public static async Task EnqueueAsync(
        PartnershipsDbContext db, string eventType, string resourceId, string url, string? onlyPartnerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var subscriptions = db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Status == WebhookSubscriptionStatus.Active && s.EventTypes.Contains(eventType));
        if (onlyPartnerId is not null)
        {
            subscriptions = subscriptions.Where(s => s.PartnerId == onlyPartnerId);
        }

        foreach (var subscription in await subscriptions.ToListAsync(cancellationToken))
        {
            var id = Guid.CreateVersion7(at);
            var payload = new WebhookPayload(WebhookDelivery.MessageIdOf(id), eventType, at, new WebhookPayloadData(resourceId, url));
            db.WebhookDeliveries.Add(WebhookDelivery.Create(id, subscription, eventType, JsonSerializer.Serialize(payload, Json), at));
        }
    }

    /// <summary>A referral moved: its partner's subscriptions hear of it.</summary>
    public static Task ReferralStatusChangedAsync(PartnershipsDbContext db, Guid referralId, string partnerId, DateTimeOffset at, CancellationToken cancellationToken) =>
        EnqueueAsync(db, WebhookEventTypes.ReferralStatusChanged, referralId.ToString(), $"/public/v1/referrals/{referralId}", partnerId, at, cancellationToken);

    public static Task StatisticsReleasedAsync(PartnershipsDbContext db, int version, DateTimeOffset at, CancellationToken cancellationToken) =>
        EnqueueAsync(db, WebhookEventTypes.StatisticsReleased, version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"/public/v1/statistics?version={version}", null, at, cancellationToken);

    /// <summary>
    /// The calendar took an event's snapshot (called after <see cref="PublicCalendarFollower"/> applied it, before the
    /// save): published when it newly shows, cancelled when it is, changed otherwise; nothing when the snapshot was
    /// older than what the calendar shows or the event was never listed (members only). The calendar has no
    /// single-event read, so the link is the list and the event's id is in <c>data.id</c>.
    /// </summary>
    public static Task CalendarEventFollowedAsync(PartnershipsDbContext db, Guid eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entry = db.ChangeTracker.Entries<PublicEvent>().FirstOrDefault(e => e.Entity.Id == eventId);
        if (entry is null || entry.State is not (EntityState.Added or EntityState.Modified))
        {
            return Task.CompletedTask;
        }

        var listedBefore = entry.State == EntityState.Modified && entry.Property(e => e.Listed).OriginalValue;
        var shown = entry.Entity;
        if (!listedBefore && !shown.Listed)
        {
            return Task.CompletedTask;
        }

        var type = shown.Status == "cancelled" ? WebhookEventTypes.EventCancelled
            : listedBefore ? WebhookEventTypes.EventChanged
            : WebhookEventTypes.EventPublished;
        return EnqueueAsync(db, type, eventId.ToString(), "/public/v1/events", null, at, cancellationToken);
    }
}
