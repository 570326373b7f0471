using Microsoft.Extensions.Options;
using PatientNetwork.ServiceDefaults;
using StackExchange.Redis;

namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>
/// Counts sign-in attempts in Redis before their password is checked, so concurrent guesses cannot
/// all be checked: one script checks the three limits and counts the attempt in all of them
/// atomically, and the caller refunds the count when the password was right. Limits per window:
/// per login and client (a guesser is blocked, the owner elsewhere is not), per client (spraying
/// over many logins), and per login from every client together, which clients where the login
/// signed in before do not run into (see ADR 0014). When Redis cannot be reached, attempts go
/// through (and are logged), as every gateway limit does.
/// </summary>
public sealed partial class SignInLimiter(
    IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<SignInLimiter> logger)
{
    // KEYS: login and client, client, login (counters of the window), known client of the login.
    // ARGV: window length in ms, then the limits in the order of the counters. A refused attempt counts nowhere,
    // so a blocked guesser does not use up the login's ceiling for everyone else.
    private const string CountIfAllowed = """
        if tonumber(redis.call('GET', KEYS[1]) or '0') >= tonumber(ARGV[2]) then return 1 end
        if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[3]) then return 2 end
        if tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[4]) and redis.call('EXISTS', KEYS[4]) == 0 then return 3 end
        for i = 1, 3 do
            if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
        end
        return 0
        """;

    // Only counters that still exist: a window that ended meanwhile must not be left at -1 without an expiry.
    private const string RefundAndRemember = """
        for i = 1, 3 do
            if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('DECR', KEYS[i]) end
        end
        redis.call('SET', KEYS[4], '1', 'PX', ARGV[1])
        return 0
        """;

    // A right password whose sign-in is not finished yet (a second factor to give): not a failure, not yet a known client.
    private const string Refund = """
        for i = 1, 3 do
            if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('DECR', KEYS[i]) end
        end
        return 0
        """;

    /// <summary>Counts the attempt, or refuses it without counting when a limit is reached.</summary>
    public async Task<SignInAttempt> BeginAsync(string login, string client)
    {
        var limits = options.Value;
        var window = FixedWindow.At(time.GetUtcNow(), limits.Window);
        var attempt = new SignInAttempt(login, client, window, SignInRefusal.None);
        try
        {
            var result = (int)await redis.GetDatabase().ScriptEvaluateAsync(
                CountIfAllowed,
                Keys(attempt),
                [(long)window.Length.TotalMilliseconds, limits.FailedSignInsPerLoginAndClient, limits.FailedSignInsPerClient, limits.FailedSignInsPerLogin]);
            return attempt with { Refusal = (SignInRefusal)result };
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception);
            return attempt;
        }
    }

    /// <summary>The password was right: the attempt is not a failure, and the client becomes one the login knows.</summary>
    public async Task SucceededAsync(SignInAttempt attempt)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(RefundAndRemember, Keys(attempt), [(long)options.Value.KnownClientRemembered.TotalMilliseconds]);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception);
        }
    }

    /// <summary>The password was right but the sign-in needs a second step: the attempt is not a failure.</summary>
    public async Task RefundAsync(SignInAttempt attempt)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(Refund, Keys(attempt)[..3]);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogLimiterUnavailable(exception);
        }
    }

    // One hash tag for every key, so the script's keys share a slot on a Redis cluster too.
    private static RedisKey[] Keys(SignInAttempt attempt) =>
    [
        $"gateway:{{signin}}:{attempt.Window.Index}:login-client:{attempt.Client}:{attempt.Login}",
        $"gateway:{{signin}}:{attempt.Window.Index}:client:{attempt.Client}",
        $"gateway:{{signin}}:{attempt.Window.Index}:login:{attempt.Login}",
        $"gateway:{{signin}}:known:{attempt.Client}:{attempt.Login}",
    ];

    [LoggerMessage(EventId = 7402, Level = LogLevel.Warning, Message = "Sign-in limiter unavailable; letting the attempt through")]
    private partial void LogLimiterUnavailable(Exception exception);
}
