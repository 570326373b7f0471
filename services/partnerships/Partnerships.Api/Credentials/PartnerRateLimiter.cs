using PatientNetwork.ServiceDefaults;
using StackExchange.Redis;

namespace PatientNetwork.Partnerships.Credentials;

/// <summary>
/// A fixed one-minute window per partner in Redis, shared by every instance and by all of the partner's credentials
/// (rotating or adding credentials does not raise the limit). When Redis cannot be reached the call is let through.
/// </summary>
public sealed partial class PartnerRateLimiter(IConnectionMultiplexer redis, TimeProvider time, ILogger<PartnerRateLimiter> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private const string IncrementWithExpiry = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    /// <summary>Counts one call; null when it is within the partner's limit, else how long until the window ends.</summary>
    public async Task<TimeSpan?> AcquireAsync(string partnerId, int permitsPerMinute)
    {
        var now = time.GetUtcNow();
        var index = now.ToUnixTimeMilliseconds() / (long)Window.TotalMilliseconds;
        var left = TimeSpan.FromMilliseconds(((index + 1) * (long)Window.TotalMilliseconds) - now.ToUnixTimeMilliseconds());
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(IncrementWithExpiry, [$"partnerships:ratelimit:{partnerId}:{index}"], [(long)Window.TotalMilliseconds]);
            return count <= permitsPerMinute ? null : left;
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception, partnerId);
            return null;
        }
    }

    [LoggerMessage(EventId = 8601, Level = LogLevel.Warning, Message = "Partner rate limiter unavailable for partner {PartnerId}; letting the call through")]
    private partial void LogLimiterUnavailable(Exception exception, string partnerId);
}
