using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>Shows an event as cancelled on the public calendar (and STATUS:CANCELLED in the .ics feed).</summary>
public sealed class MarkCancelledOnPublicCalendarWhenEventCancelled(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<MarkCancelledOnPublicCalendarWhenEventCancelled> logger)
    : IdempotentConsumer<EventCancelled, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "MarkCancelledOnPublicCalendarWhenEventCancelled";

    protected override Task HandleAsync(EventCancelled message, CancellationToken cancellationToken) =>
        PublicCalendarFollower.FollowAsync(Db, message.AwarenessEventId, message.Event, Time.GetUtcNow(), cancellationToken);

    protected override Task AfterCommitAsync(EventCancelled message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicCalendarApi.CacheArea);
}
