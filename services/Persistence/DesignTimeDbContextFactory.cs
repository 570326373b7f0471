using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PatientNetwork.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without a running database, configured
/// like <see cref="ServiceDatabaseExtensions.AddServiceDatabase{TDbContext}"/> (Npgsql, snake_case names).
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext>(Func<DbContextOptions<TDbContext>, TDbContext> create) : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args) =>
        create(new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql($"Host=localhost;Database={typeof(TDbContext).Name}_design_time")
            .UseSnakeCaseNamingConvention()
            .Options);
}
