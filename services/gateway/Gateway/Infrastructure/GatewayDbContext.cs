using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Staff;

namespace PatientNetwork.Gateway.Infrastructure;

/// <summary>The gateway's own database: staff accounts and their password hashes.</summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options)
{
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
}
