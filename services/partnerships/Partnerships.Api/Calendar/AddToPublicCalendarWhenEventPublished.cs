using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>Puts a newly published event on the public calendar.</summary>
public sealed class AddToPublicCalendarWhenEventPublished(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<AddToPublicCalendarWhenEventPublished> logger)
    : IdempotentConsumer<EventPublished, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "AddToPublicCalendarWhenEventPublished";

    protected override Task HandleAsync(EventPublished message, CancellationToken cancellationToken) =>
        PublicCalendarFollower.FollowAsync(Db, message.AwarenessEventId, message.Event, Time.GetUtcNow(), cancellationToken);

    protected override Task AfterCommitAsync(EventPublished message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicCalendarApi.CacheArea);
}
