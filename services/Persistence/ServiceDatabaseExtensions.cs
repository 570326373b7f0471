using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace PatientNetwork.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>How many distinct statements each connection keeps prepared (EF Core sends the same few SQL texts over and over).</summary>
    public const int PreparedStatementsPerConnection = 100;

    /// <summary>
    /// How long a request waits for a connection (from the pool, or a new one) before it gets a 503:
    /// long enough to ride out a burst, short enough that the client hears back quickly.
    /// </summary>
    public const int ConnectionTimeoutSeconds = 5;

    /// <summary>
    /// Registers the service's own PostgreSQL database from <c>ConnectionStrings:{name}</c> (Aspire's
    /// convention), applies its migrations at start-up, and adds it to the readiness check. EF Core
    /// interceptors registered as <see cref="IInterceptor"/> singletons join every context, so a building
    /// block such as messaging can hook into saving (the outbox wake-up) without this one knowing it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured (the app host sets ConnectionStrings__{connectionName}).");

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, UtcTimestamps>());
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseNpgsql(WithServiceDefaults(connectionString))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName, tags: ["ready"]);
        builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        return builder;
    }

    /// <summary>
    /// The configured connection string with what every service adds to it, unless the configuration
    /// sets the value itself (docs/decisions/0008): statements prepared automatically, so PostgreSQL
    /// plans each SQL text once per connection instead of at every request; and no reset of the
    /// session when a connection goes back to the pool, because EF Core opens and closes the
    /// connection around every query and each reset cost a round of commands. No code of ours sets
    /// session state (<c>SET</c> without <c>LOCAL</c>, temporary tables, <c>LISTEN</c>): that is
    /// what the reset would have undone. And a short wait for a connection
    /// (<see cref="ConnectionTimeoutSeconds"/>); the pool's size comes from the app host, which sizes
    /// it with the server's <c>max_connections</c>.
    /// </summary>
    public static string WithServiceDefaults(string connectionString)
    {
        var configured = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!configured.ContainsKey("Max Auto Prepare"))
        {
            tuned.MaxAutoPrepare = PreparedStatementsPerConnection;
        }

        if (!configured.ContainsKey("No Reset On Close"))
        {
            tuned.NoResetOnClose = true;
        }

        if (!configured.ContainsKey("Timeout"))
        {
            tuned.Timeout = ConnectionTimeoutSeconds;
        }

        return tuned.ConnectionString;
    }
}
