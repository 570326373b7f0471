using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Statistics;

public static class PublicStatisticsApi
{
    public const string CacheArea = "statistics";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    // Shorter than the server's own cache, which a consent change invalidates at once: a withdrawn
    // consent leaves copies outside our reach for at most this long.
    private static readonly TimeSpan HttpCacheLifetime = TimeSpan.FromMinutes(1);

    public static RouteGroupBuilder MapPublicStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/statistics").WithTags("Public statistics").AllowAnonymous();
        group.MapGet("/", GetStatistics).CacheablePublicly(HttpCacheLifetime);
        return group;
    }

    /// <summary>De-identified patient counts by diagnosis group and region, small counts suppressed.</summary>
    public static async Task<Ok<StatisticsResponse>> GetStatistics(
        PartnershipsDbContext db, PublicReadCache cache, IOptions<StatisticsOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var threshold = options.Value.SuppressionThreshold;
        var response = await cache.GetOrCreateAsync(CacheArea, "all", CacheLifetime, async ct =>
        {
            var counts = await db.CountedPatients.AsNoTracking()
                .Where(p => p.IsCounted)
                .GroupBy(p => new { p.DiagnosisGroup, p.RegionCode })
                .Select(g => new { g.Key.DiagnosisGroup, g.Key.RegionCode, Count = g.Count() })
                .OrderBy(c => c.DiagnosisGroup).ThenBy(c => c.RegionCode)
                .ToListAsync(ct);
            return new StatisticsResponse(
                time.GetUtcNow(),
                threshold,
                counts.Select(c => StatisticsCell.Publish(c.DiagnosisGroup, c.RegionCode, c.Count, threshold)).ToList());
        }, cancellationToken);
        return TypedResults.Ok(response);
    }
}
