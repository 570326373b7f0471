using Microsoft.EntityFrameworkCore;

namespace PatientNetwork.Persistence;

/// <summary>Reference or demo data a service writes after its migrations; must be safe to run on every start.</summary>
public interface IDatabaseSeeder<in TDbContext> where TDbContext : DbContext
{
    Task SeedAsync(TDbContext db, CancellationToken cancellationToken);
}
