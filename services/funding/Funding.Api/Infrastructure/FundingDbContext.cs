using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Messaging.Persistence;

namespace PatientNetwork.Funding.Infrastructure;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<CoverageAccount> CoverageAccounts => Set<CoverageAccount>();

    public DbSet<CoveragePolicy> CoveragePolicies => Set<CoveragePolicy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
