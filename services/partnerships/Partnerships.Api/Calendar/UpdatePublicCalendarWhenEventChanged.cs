using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>Shows an event's change on the public calendar (details, times, programme, moved online, postponed, withdrawn).</summary>
public sealed class UpdatePublicCalendarWhenEventChanged(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<UpdatePublicCalendarWhenEventChanged> logger)
    : IdempotentConsumer<EventChanged, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "UpdatePublicCalendarWhenEventChanged";

    protected override Task HandleAsync(EventChanged message, CancellationToken cancellationToken) =>
        PublicCalendarFollower.FollowAsync(Db, message.AwarenessEventId, message.Event, Time.GetUtcNow(), cancellationToken);

    protected override Task AfterCommitAsync(EventChanged message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicCalendarApi.CacheArea);
}
