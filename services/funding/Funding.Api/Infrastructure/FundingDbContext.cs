using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Merges;
using PatientNetwork.Messaging;

namespace PatientNetwork.Funding.Infrastructure;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<CoverageAccount> CoverageAccounts => Set<CoverageAccount>();

    public DbSet<CoveragePolicy> CoveragePolicies => Set<CoveragePolicy>();

    public DbSet<MedicineFundingConsent> MedicineFundingConsents => Set<MedicineFundingConsent>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<PatientMerge> PatientMerges => Set<PatientMerge>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
