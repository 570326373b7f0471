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
        var window = FixedWindow.At(time.GetUtcNow(), options.Value.Window);
        var key = $"gateway:ratelimit:{policy}:{partition}:{window.Index}";
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(IncrementWithExpiry, [key], [(long)window.Length.TotalMilliseconds]);
            return new RateLimitDecision(count <= options.Value.PermitsFor(policy), window.Left);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception, policy);
            return new RateLimitDecision(true, TimeSpan.Zero);
        }
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "Rate limiter unavailable for {Policy}; letting the request through")]
    private partial void LogLimiterUnavailable(Exception exception, RateLimitPolicy policy);
}
