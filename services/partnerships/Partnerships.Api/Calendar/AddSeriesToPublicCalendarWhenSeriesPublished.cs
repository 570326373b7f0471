using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Calendar;

/// <summary>Puts a recurring event on the calendar, or follows its newer version.</summary>
public sealed class AddSeriesToPublicCalendarWhenSeriesPublished(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<AddSeriesToPublicCalendarWhenSeriesPublished> logger)
    : IdempotentConsumer<EventSeriesPublished, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "AddSeriesToPublicCalendarWhenSeriesPublished";

    protected override async Task HandleAsync(EventSeriesPublished message, CancellationToken cancellationToken)
    {
        var series = await Db.Set<PublicSeries>().FirstOrDefaultAsync(s => s.Id == message.SeriesId, cancellationToken);
        if (series is null)
        {
            series = PublicSeries.New(message.SeriesId);
            Db.Set<PublicSeries>().Add(series);
        }

        series.Follow(message);
    }

    protected override Task AfterCommitAsync(EventSeriesPublished message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicCalendarApi.CacheArea);
}
