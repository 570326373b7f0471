using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PatientNetwork.Persistence;

/// <summary>
/// Applies pending migrations, then the seeders, before the service accepts traffic (hosted services
/// start in registration order, and this one is registered with the database, ahead of the bus).
/// EF Core takes a database lock while migrating, and seeding runs under an advisory lock, so
/// parallel instances are safe.
/// </summary>
internal sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await MigrateOneInstanceAtATimeAsync(db, cancellationToken);

        // Replicas start together: the lock makes them seed one after another, so the later one finds
        // the data there (seeders skip what exists) instead of inserting it a second time.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedingLockKey})", cancellationToken);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<TDbContext>>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Database of {DbContext} is migrated and seeded", typeof(TDbContext).Name);
    }

    /// <summary>
    /// EF Core's own migration lock did not keep two replicas apart when several migrations were
    /// pending: the second applied a migration the first had just applied ("column already exists").
    /// A session-level advisory lock on the connection EF migrates with makes the second instance
    /// wait, then find nothing left to apply.
    /// </summary>
    private static async Task MigrateOneInstanceAtATimeAsync(TDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const long MigrationLockKey = 0x4D49475241544531; // "MIGRATE1"

    /// <summary>One key for every database: each service has a database of its own, so the lock is taken per database anyway.</summary>
    private const long SeedingLockKey = 0x5345454453; // "SEEDS"

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
