using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PatientNetwork.Persistence;

/// <summary>
/// Applies pending migrations, then the seeders, before the service accepts traffic (hosted services
/// start in registration order, and this one is registered with the database, ahead of the bus).
/// EF Core takes a database lock while migrating, so parallel instances are safe.
/// </summary>
internal sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<TDbContext>>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }

        logger.LogInformation("Database of {DbContext} is migrated and seeded", typeof(TDbContext).Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
