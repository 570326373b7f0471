using System.Text.Json;
using PatientNetwork.ServiceDefaults;
using StackExchange.Redis;

namespace PatientNetwork.Partnerships.Caching;

/// <summary>
/// Caches public reads in Redis for a short time. Each area (statistics, calendar) has a version
/// number in its keys; a write bumps the version, so every cached page of that area is dropped at
/// once. When Redis is down the read goes to the database: the cache is an optimisation, never a
/// dependency of correctness.
/// </summary>
public sealed partial class PublicReadCache(IConnectionMultiplexer redis, ILogger<PublicReadCache> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetOrCreateAsync<T>(string area, string key, TimeSpan lifetime, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        string? cacheKey = null;
        try
        {
            var database = redis.GetDatabase();
            var version = (long?)await database.StringGetAsync(VersionKey(area)) ?? 0;
            cacheKey = $"partnerships:public:{area}:v{version}:{key}";
            var cached = await database.StringGetAsync(cacheKey);
            if (cached.HasValue)
            {
                return JsonSerializer.Deserialize<T>(cached.ToString(), Json)!;
            }
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogCacheUnavailable(exception);
        }

        var value = await load(cancellationToken);
        if (cacheKey is not null)
        {
            try
            {
                await redis.GetDatabase().StringSetAsync(cacheKey, JsonSerializer.Serialize(value, Json), lifetime);
            }
            catch (Exception exception) when (exception.IsRedisUnavailable())
            {
                LogCacheUnavailable(exception);
            }
        }

        return value;
    }

    public async Task InvalidateAsync(string area)
    {
        try
        {
            await redis.GetDatabase().StringIncrementAsync(VersionKey(area));
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            // Entries expire on their own within their short lifetime.
            LogCacheUnavailable(exception);
        }
    }

    private static string VersionKey(string area) => $"partnerships:public:{area}:version";

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Redis cache unavailable; reading from the database")]
    private partial void LogCacheUnavailable(Exception exception);
}
