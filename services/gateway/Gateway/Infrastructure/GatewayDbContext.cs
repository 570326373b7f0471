using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.Staff;

namespace PatientNetwork.Gateway.Infrastructure;

/// <summary>The gateway's own database: staff accounts, their one-time codes, sessions and audit trail.</summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options)
{
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();

    public DbSet<StaffSession> Sessions => Set<StaffSession>();

    public DbSet<StaffAuditEntry> StaffAudit => Set<StaffAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
}
