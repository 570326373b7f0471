using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Calendar;

public static class PublicCalendarApi
{
    public const string CacheArea = "calendar";
    private const int MaxFilterLength = 100;
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private static readonly string[] SortableFields = ["startsAt"];

    public static RouteGroupBuilder MapPublicCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1").WithTags("Public calendar").AllowAnonymous();
        // Public events, no personal data: browsers and proxies may keep a page for a minute, so a newly
        // scheduled event can take that long to show there.
        group.MapGet("/events", ListUpcomingEvents).CacheablePublicly(CacheLifetime);
        group.MapGet("/events.ics", CalendarFeed).CacheablePublicly(CacheLifetime).Produces<string>(StatusCodes.Status200OK, IcsFeed.MediaType);
        return group;
    }

    /// <summary>
    /// Published events with their programme, soonest first (<c>sort=-startsAt</c> for latest first), by city, kind and
    /// dates. Cancelled and postponed events stay listed with their status, so a change shows here.
    /// </summary>
    public static async Task<Results<Ok<PagedResult<PublicEventResponse>>, ValidationProblem>> ListUpcomingEvents(
        [AsParameters] PageQuery query, [AsParameters] PublicCalendarQuery filters, PartnershipsDbContext db, PublicReadCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if ((query.Validate(SortableFields) ?? Validate(filters)) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var key = string.Join(':', query.PageNumber, query.Size, query.Descending, filters.City, filters.Kind, filters.From?.ToString("O", CultureInfo.InvariantCulture), filters.To?.ToString("O", CultureInfo.InvariantCulture));
        var page = await cache.GetOrCreateAsync(CacheArea, key, CacheLifetime, async ct =>
        {
            var events = Filter(db.PublicEvents.AsNoTracking().Where(e => e.Listed), filters, time.GetUtcNow());
            var total = await events.CountAsync(ct);
            var ordered = query.Descending ? events.OrderByDescending(e => e.StartsAt) : events.OrderBy(e => e.StartsAt);
            var items = await ordered.ThenBy(e => e.Id).Skip(query.Skip).Take(query.Size).ToListAsync(ct);
            var now = time.GetUtcNow();
            var slots = await UpcomingSlotsAsync(db, items.Select(e => e.Id).ToList(), now, ct);
            return new PagedResult<PublicEventResponse>(
                items.Select(e => PublicEventResponse.From(e, slots[e.Id].Select(s => PublicDriveSlotResponse.From(s, now)).ToList())).ToList(), query.PageNumber, query.Size, total);
        }, cancellationToken);
        return TypedResults.Ok(page);
    }

    /// <summary>
    /// The calendar as an iCalendar feed (RFC 5545, <c>text/calendar</c>): one VEVENT per event with a stable UID and
    /// its SEQUENCE, cancellations as STATUS:CANCELLED, each series once with its RRULE and its moved or cancelled
    /// editions as exceptions (RECURRENCE-ID), times in Africa/Casablanca. Events that ended over 30 days ago are left out.
    /// A blood drive's description ends with one line per slot not yet started and its free places.
    /// </summary>
    public static async Task<ContentHttpResult> CalendarFeed(PartnershipsDbContext db, PublicReadCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var feed = await cache.GetOrCreateAsync(CacheArea, "ics", CacheLifetime, async ct =>
        {
            var since = time.GetUtcNow().AddDays(-30);
            var events = await db.PublicEvents.AsNoTracking().Where(e => e.Listed && (e.EndsAt >= since || e.SeriesId != null)).OrderBy(e => e.StartsAt).ToListAsync(ct);
            var series = await db.Set<PublicSeries>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
            var slots = await UpcomingSlotsAsync(db, events.Select(e => e.Id).ToList(), time.GetUtcNow(), ct);
            return IcsFeed.Write(series, events, slots, time.GetUtcNow());
        }, cancellationToken);
        return TypedResults.Text(feed, IcsFeed.MediaType, System.Text.Encoding.UTF8);
    }

    /// <summary>The blood-drive slots of these events that have not started, soonest first, by event.</summary>
    private static async Task<ILookup<Guid, PublicDriveSlot>> UpcomingSlotsAsync(PartnershipsDbContext db, List<Guid> eventIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slots = await db.Set<PublicDriveSlot>().AsNoTracking().Where(s => eventIds.Contains(s.EventId) && s.StartsAt > now)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Site).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return slots.ToLookup(s => s.EventId);
    }

    private static IQueryable<PublicEvent> Filter(IQueryable<PublicEvent> events, PublicCalendarQuery filters, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(filters.City))
        {
            var city = filters.City.Trim().ToLowerInvariant();
            events = events.Where(e => e.City == city);
        }

        if (!string.IsNullOrWhiteSpace(filters.Kind))
        {
            var kind = filters.Kind.Trim().ToLowerInvariant();
            events = events.Where(e => e.Kind == kind);
        }

        if (filters.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.StartsAt >= start);
        }
        else
        {
            events = events.Where(e => e.EndsAt >= now);
        }

        if (filters.To is { } to)
        {
            var end = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
            events = events.Where(e => e.StartsAt < end);
        }

        return events;
    }

    private static Dictionary<string, string[]>? Validate(PublicCalendarQuery filters)
    {
        var errors = new Dictionary<string, string[]>();
        if (filters.City?.Length > MaxFilterLength)
        {
            errors["city"] = [$"At most {MaxFilterLength} characters."];
        }

        if (filters.Kind?.Length > MaxFilterLength)
        {
            errors["kind"] = [$"At most {MaxFilterLength} characters."];
        }

        if (filters.From is { } from && filters.To is { } to && to < from)
        {
            errors["to"] = ["'to' is on or after 'from'."];
        }

        return errors.Count == 0 ? null : errors;
    }
}
