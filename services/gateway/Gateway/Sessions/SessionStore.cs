using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;
using StackExchange.Redis;

namespace PatientNetwork.Gateway.Sessions;

/// <summary>
/// Sessions in the gateway database, with their state cached in Redis so the check of every request is
/// one Redis script and no database round trip (ADR 0019). The cache entry of a live session lives as long
/// as the idle timeout and each request extends it; ending a session writes the database first and then
/// an "ended" entry, which a concurrent re-fill from the database cannot overwrite. A missing entry (idle,
/// or a Redis that lost its data) is settled from the database, and so is every check while Redis is down.
/// </summary>
public sealed partial class SessionStore(
    GatewayDbContext db, IConnectionMultiplexer redis, IOptions<StaffSessionOptions> options, TimeProvider time, ILogger<SessionStore> logger)
{
    // KEYS: the session. ARGV: now (ms), idle timeout (ms), touch interval (ms), account id.
    // 1 live, 2 live and the database's last-seen is due, 0 not cached (settle from the database), -1 ended.
    private const string Check = """
        local account = redis.call('HGET', KEYS[1], 'acc')
        if not account then return 0 end
        if redis.call('HEXISTS', KEYS[1], 'ended') == 1 or account ~= ARGV[4] then return -1 end
        local now = tonumber(ARGV[1])
        local expires = tonumber(redis.call('HGET', KEYS[1], 'exp'))
        if now >= expires then return 0 end
        local ttl = expires - now
        if tonumber(ARGV[2]) < ttl then ttl = tonumber(ARGV[2]) end
        redis.call('PEXPIRE', KEYS[1], ttl)
        local seen = tonumber(redis.call('HGET', KEYS[1], 'seen') or '0')
        if now - seen >= tonumber(ARGV[3]) then
            redis.call('HSET', KEYS[1], 'seen', ARGV[1])
            return 2
        end
        return 1
        """;

    // Only into an empty slot: an "ended" entry written meanwhile wins. ARGV: account, expires (ms), now (ms), ttl (ms).
    private const string Fill = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'acc', ARGV[1], 'exp', ARGV[2], 'seen', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    // ARGV: account, ttl (ms).
    private const string MarkEnded = """
        redis.call('HSET', KEYS[1], 'acc', ARGV[1], 'ended', '1')
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    /// <summary>A new session for the account, saved and cached.</summary>
    public async Task<StaffSession> StartAsync(StaffAccount account, string clientAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = StaffSession.Start(account.Id, account.AssociationId, clientAddress, now, options.Value.AbsoluteLifetime);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await FillAsync(session, options.Value.IdleTimeoutFor(account.Login), now);
        return session;
    }

    /// <summary>Whether the session may serve this request; a live session's idle clock starts again.</summary>
    public async Task<bool> IsLiveAsync(Guid sessionId, Guid accountId, string login, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var idle = options.Value.IdleTimeoutFor(login);
        int cached;
        try
        {
            cached = (int)await redis.GetDatabase().ScriptEvaluateAsync(
                Check,
                [Key(sessionId)],
                [now.ToUnixTimeMilliseconds(), (long)idle.TotalMilliseconds, (long)SessionRules.TouchInterval(idle).TotalMilliseconds, accountId.ToString()]);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogCacheUnavailable(exception);
            cached = 0;
        }

        switch (cached)
        {
            case 1:
                return true;
            case 2:
                await TouchAsync(sessionId, now, cancellationToken);
                return true;
            case -1:
                return false;
            default:
                return await SettleFromDatabaseAsync(sessionId, accountId, idle, now, cancellationToken);
        }
    }

    public async Task EndAsync(Guid sessionId, SessionEndReason reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ended = await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .Select(s => new { s.Id, s.AccountId, s.ExpiresAt }).ToListAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
        foreach (var session in ended)
        {
            await MarkEndedAsync(session.Id, session.AccountId, session.ExpiresAt, now);
        }
    }

    /// <summary>Ends every live session of the account (but <paramref name="except"/>); returns how many ended.</summary>
    public async Task<int> EndAllAsync(Guid accountId, SessionEndReason reason, CancellationToken cancellationToken, Guid? except = null)
    {
        var now = time.GetUtcNow();
        var live = await db.Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null && s.ExpiresAt > now && s.Id != except)
            .Select(s => new { s.Id, s.ExpiresAt }).ToListAsync(cancellationToken);
        var ids = live.Select(s => s.Id).ToList();
        await db.Sessions.Where(s => ids.Contains(s.Id) && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
        foreach (var session in live)
        {
            await MarkEndedAsync(session.Id, accountId, session.ExpiresAt, now);
        }

        return live.Count;
    }

    private async Task<bool> SettleFromDatabaseAsync(Guid sessionId, Guid accountId, TimeSpan idle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.AccountId != accountId)
        {
            return false;
        }

        var ended = SessionRules.EndedBy(now, session.ExpiresAt, session.LastSeenAt, idle, session.EndReason);
        if (ended is null)
        {
            await TouchAsync(sessionId, now, cancellationToken);
            await FillAsync(session, idle, now);
            return true;
        }

        if (session.EndedAt is null)
        {
            await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, ended), cancellationToken);
        }

        await MarkEndedAsync(sessionId, accountId, session.ExpiresAt, now);
        return false;
    }

    private Task<int> TouchAsync(Guid sessionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);

    private async Task FillAsync(StaffSession session, TimeSpan idle, DateTimeOffset now)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(
                Fill,
                [Key(session.Id)],
                [session.AccountId.ToString(), session.ExpiresAt.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), Milliseconds(SessionRules.CacheLifetime(now, session.ExpiresAt, idle))]);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            LogCacheUnavailable(exception);
        }
    }

    private async Task MarkEndedAsync(Guid sessionId, Guid accountId, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(MarkEnded, [Key(sessionId)], [accountId.ToString(), Milliseconds(expiresAt - now)]);
        }
        catch (Exception exception) when (exception.IsRedisUnavailable())
        {
            // The database says ended; a cached "live" entry left behind lasts at most the idle timeout.
            LogCacheUnavailable(exception);
        }
    }

    // At least a second: PEXPIRE with 0 or less deletes the key, and an "ended" entry must outlive the request.
    private static long Milliseconds(TimeSpan span) => Math.Max(1000, (long)span.TotalMilliseconds);

    private static RedisKey Key(Guid sessionId) => $"gateway:session:{sessionId:N}";

    [LoggerMessage(EventId = 8301, Level = LogLevel.Warning, Message = "Session cache unavailable; checking sessions in the database")]
    private partial void LogCacheUnavailable(Exception exception);
}
