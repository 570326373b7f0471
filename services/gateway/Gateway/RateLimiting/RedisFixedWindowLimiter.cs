using Microsoft.Extensions.Options;
using PatientNetwork.ServiceDefaults;
using StackExchange.Redis;

namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>
/// A fixed-window counter in Redis, shared by every gateway instance. When Redis cannot be
/// reached the request is let through (and logged): a cache outage must not lock staff out.
/// </summary>
public sealed partial class RedisFixedWindowLimiter(
    IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<RedisFixedWindowLimiter> logger)
{
    private const string IncrementWithExpiry = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    /// <summary>Counts one request of the partition and says whether it is still within the window's permits.</summary>
    public async Task<RateLimitDecision> AcquireAsync(RateLimitPolicy policy, string partition)
    {
        var (key, windowMs, retryAfter) = CurrentWindow(policy, partition);
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(IncrementWithExpiry, [key], [windowMs]);
            return new RateLimitDecision(count <= options.Value.PermitsFor(policy), retryAfter);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception, policy);
            return new RateLimitDecision(true, TimeSpan.Zero);
        }
    }

    /// <summary>Says whether the partition has used up the window's permits, without counting this request.</summary>
    public async Task<RateLimitDecision> CheckAsync(RateLimitPolicy policy, string partition)
    {
        var (key, _, retryAfter) = CurrentWindow(policy, partition);
        try
        {
            var count = (long?)await redis.GetDatabase().StringGetAsync(key) ?? 0;
            return new RateLimitDecision(count < options.Value.PermitsFor(policy), retryAfter);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception, policy);
            return new RateLimitDecision(true, TimeSpan.Zero);
        }
    }

    private (string Key, long WindowMs, TimeSpan RetryAfter) CurrentWindow(RateLimitPolicy policy, string partition)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)options.Value.Window.TotalMilliseconds;
        var windowIndex = now / windowMs;
        return ($"gateway:ratelimit:{policy}:{partition}:{windowIndex}", windowMs, TimeSpan.FromMilliseconds(((windowIndex + 1) * windowMs) - now));
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "Rate limiter unavailable for {Policy}; letting the request through")]
    private partial void LogLimiterUnavailable(Exception exception, RateLimitPolicy policy);
}
