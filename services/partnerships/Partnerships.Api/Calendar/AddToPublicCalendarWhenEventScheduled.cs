using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Calendar;

public sealed class AddToPublicCalendarWhenEventScheduled(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<AddToPublicCalendarWhenEventScheduled> logger)
    : IdempotentConsumer<EventScheduled, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "AddToPublicCalendarWhenEventScheduled";

    protected override async Task HandleAsync(EventScheduled message, CancellationToken cancellationToken)
    {
        if (await Db.PublicEvents.AnyAsync(e => e.Id == message.AwarenessEventId, cancellationToken))
        {
            return;
        }

        Db.PublicEvents.Add(PublicEvent.Publish(
            message.AwarenessEventId, message.AssociationId, message.Title, message.Kind, message.City, message.StartsAt, message.EndsAt, Time.GetUtcNow()));
    }

    protected override Task AfterCommitAsync(EventScheduled message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicCalendarApi.CacheArea);
}
