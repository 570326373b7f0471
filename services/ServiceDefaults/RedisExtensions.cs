using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>
    /// The Redis connection from <c>ConnectionStrings:{name}</c> through Aspire's client
    /// integration (connection, health check, tracing), with short timeouts: Redis holds caches
    /// and rate-limit counters that callers skip when it is slow or down, so waiting long for it
    /// would only make an outage slower.
    /// </summary>
    public static TBuilder AddRedisConnection<TBuilder>(this TBuilder builder, string connectionName) where TBuilder : IHostApplicationBuilder
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(connectionName)))
        {
            throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured (the app host sets ConnectionStrings__{connectionName}).");
        }

        builder.AddRedisClient(connectionName, configureOptions: options =>
        {
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.AsyncTimeout = 1000;
            options.SyncTimeout = 1000;
        });
        return builder;
    }

    /// <summary>Redis failures callers treat as "skip the cache / let the request through": errors and timeouts alike.</summary>
    public static bool IsRedisUnavailable(this Exception exception) => exception is RedisException or RedisTimeoutException;
}
