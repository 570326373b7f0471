namespace PatientNetwork.Gateway.Sessions;

/// <summary>When a session stops being usable, as one rule the Redis check and the database fallback both follow.</summary>
public static class SessionRules
{
    private static readonly TimeSpan LongestTouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Null while the session may be used; otherwise why it ended.</summary>
    public static SessionEndReason? EndedBy(DateTimeOffset now, DateTimeOffset expiresAt, DateTimeOffset lastSeenAt, TimeSpan idleTimeout, SessionEndReason? endReason)
    {
        if (endReason is not null)
        {
            return endReason;
        }

        if (now >= expiresAt)
        {
            return SessionEndReason.Expired;
        }

        return now - lastSeenAt >= idleTimeout ? SessionEndReason.Idle : null;
    }

    /// <summary>How long the cached session lives without a request: the idle timeout, never past the absolute end.</summary>
    public static TimeSpan CacheLifetime(DateTimeOffset now, DateTimeOffset expiresAt, TimeSpan idleTimeout)
    {
        var left = expiresAt - now;
        return left < idleTimeout ? left : idleTimeout;
    }

    /// <summary>
    /// How often a request writes the session's last-seen time to the database (the cache holds the exact
    /// one): a minute, or half the idle timeout when that is shorter. The database's value is then never
    /// later than the real one, so the fallback never keeps a session that the cache let go idle.
    /// </summary>
    public static TimeSpan TouchInterval(TimeSpan idleTimeout) => idleTimeout / 2 < LongestTouchInterval ? idleTimeout / 2 : LongestTouchInterval;
}
