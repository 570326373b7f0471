using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>
    /// The Redis connection from <c>ConnectionStrings:{name}</c>, with short timeouts: Redis holds
    /// caches and rate-limit counters that callers skip when it is slow or down, so waiting long
    /// for it would only make an outage slower.
    /// </summary>
    public static TBuilder AddRedisConnection<TBuilder>(this TBuilder builder, string connectionName) where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured (the app host sets ConnectionStrings__{connectionName}).");
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.AsyncTimeout = 1000;
            options.SyncTimeout = 1000;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddHealthChecks().AddRedis(services => services.GetRequiredService<IConnectionMultiplexer>(), connectionName, tags: ["ready"]);
        return builder;
    }

    /// <summary>Redis failures callers treat as "skip the cache / let the request through": errors and timeouts alike.</summary>
    public static bool IsRedisUnavailable(this Exception exception) => exception is RedisException or RedisTimeoutException;
}
