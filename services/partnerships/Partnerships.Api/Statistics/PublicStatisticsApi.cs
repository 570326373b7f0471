using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Statistics.Releases;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>
/// Partners read releases, never the live counts: each release is computed once, numbered and
/// kept, so what a partner saw can be shown again and two reads of one version always agree.
/// </summary>
public static class PublicStatisticsApi
{
    public const string CacheArea = "statistics";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    // Shorter than the server's own cache, which a new release invalidates at once.
    private static readonly TimeSpan HttpCacheLifetime = TimeSpan.FromMinutes(1);

    public static RouteGroupBuilder MapPublicStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/statistics").WithTags("Public statistics").AllowAnonymous();
        group.MapGet("/", GetStatistics).CacheablePublicly(HttpCacheLifetime);
        group.MapGet("/releases", ListReleases).CacheablePublicly(HttpCacheLifetime);
        return group;
    }

    /// <summary>
    /// A release as it was published (the latest without <paramref name="version"/>): de-identified
    /// patient counts by diagnosis group and region with their totals, small counts and the cells that
    /// would give them away suppressed. <c>?version=</c> names a release from the list; without it,
    /// the latest.
    /// </summary>
    public static async Task<Results<Ok<StatisticsResponse>, NotFound, ValidationProblem>> GetStatistics(
        string? version, PartnershipsDbContext db, PublicReadCache cache, IOptions<StatisticsOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        // Taken as text so that a version that is not a number gets the usual field error, not a bare 400.
        int? number = null;
        if (version is not null)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["A release version is a whole number from 1."] });
            }

            number = parsed;
        }

        var response = await cache.GetOrCreateAsync(CacheArea, number is null ? "latest" : $"v{number}", CacheLifetime, async ct =>
        {
            var releases = db.StatisticsReleases.AsNoTracking();
            var release = number is null
                ? await releases.OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct)
                : await releases.FirstOrDefaultAsync(r => r.Version == number, ct);
            return release is not null ? StatisticsResponse.Publish(release)
                : number is null ? StatisticsResponse.None(options.Value.SuppressionThreshold, time.GetUtcNow())
                : null;
        }, cancellationToken);
        return response is null ? TypedResults.NotFound() : TypedResults.Ok(response);
    }

    /// <summary>The releases, newest first.</summary>
    public static async Task<Results<Ok<PagedResult<ReleaseSummary>>, ValidationProblem>> ListReleases(
        int? page, int? pageSize, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var total = await db.StatisticsReleases.CountAsync(cancellationToken);
        var items = await db.StatisticsReleases.AsNoTracking().OrderByDescending(r => r.Version).Skip(paging.Skip).Take(paging.Size)
            .Select(r => new ReleaseSummary(r.Version, r.ReleasedAt, r.SuppressionThreshold))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ReleaseSummary>(items, paging.PageNumber, paging.Size, total));
    }
}
