using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Events.Infrastructure;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// The anti-abuse limit of public registrations: a fixed window per client, counted with one atomic upsert so
/// concurrent requests on several instances count exactly. The client is the address the gateway forwarded
/// (<c>X-Forwarded-For</c>, which the gateway sets from its own view of the client), hashed.
/// </summary>
public sealed class PublicRegistrationLimiter(EventsDbContext db, TimeProvider time, IOptions<PublicRegistrationLimitOptions> options, ILogger<PublicRegistrationLimiter> logger)
{
    /// <returns>Null when allowed, else how long until the window ends.</returns>
    public async Task<TimeSpan?> AcquireAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var limit = options.Value;
        var now = time.GetUtcNow();
        var windowTicks = limit.Window.Ticks;
        var windowStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % windowTicks), TimeSpan.Zero);
        var client = ClientOf(http);
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO public_registration_windows (client, window_start, count) VALUES ({client}, {windowStart}, 1)
            ON CONFLICT (client, window_start) DO UPDATE SET count = public_registration_windows.count + 1
            RETURNING count AS "Value"
            """).ToListAsync(cancellationToken);
        if (counts[0] <= limit.PerClientPerWindow)
        {
            return null;
        }

        Log.PublicLimitReached(logger, limit.PerClientPerWindow);
        return windowStart + limit.Window - now;
    }

    private static string ClientOf(HttpContext http)
    {
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
        var address = forwarded.Length > 0 ? forwarded.Split(',')[^1].Trim() : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("events-public-registration:" + address)))[..32];
    }
}
