using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Calendar;

public static class PublicCalendarApi
{
    public const string CacheArea = "calendar";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private static readonly string[] SortableFields = ["startsAt"];

    public static RouteGroupBuilder MapPublicCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/events").WithTags("Public calendar").AllowAnonymous();
        // Public events, no personal data: browsers and proxies may keep a page for a minute, so a newly
        // scheduled event can take that long to show there.
        group.MapGet("/", ListUpcomingEvents).CacheablePublicly(CacheLifetime);
        return group;
    }

    /// <summary>Events that have not ended yet, soonest first (<c>sort=-startsAt</c> for latest first).</summary>
    public static async Task<Results<Ok<PagedResult<PublicEventResponse>>, ValidationProblem>> ListUpcomingEvents(
        [AsParameters] PageQuery query, PartnershipsDbContext db, PublicReadCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await cache.GetOrCreateAsync(CacheArea, $"{query.PageNumber}:{query.Size}:{query.Descending}", CacheLifetime, async ct =>
        {
            var now = time.GetUtcNow();
            var upcoming = db.PublicEvents.AsNoTracking().Where(e => e.EndsAt >= now);
            var total = await upcoming.CountAsync(ct);
            var ordered = query.Descending ? upcoming.OrderByDescending(e => e.StartsAt) : upcoming.OrderBy(e => e.StartsAt);
            var items = await ordered.ThenBy(e => e.Id).Skip(query.Skip).Take(query.Size)
                .Select(e => new PublicEventResponse(e.Id, e.AssociationId, e.Title, e.Kind, e.City, e.StartsAt, e.EndsAt))
                .ToListAsync(ct);
            return new PagedResult<PublicEventResponse>(items, query.PageNumber, query.Size, total);
        }, cancellationToken);
        return TypedResults.Ok(page);
    }
}
