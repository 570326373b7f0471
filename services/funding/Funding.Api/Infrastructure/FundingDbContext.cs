using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Deaths;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Merges;
using PatientNetwork.Funding.Payouts;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.Messaging;

namespace PatientNetwork.Funding.Infrastructure;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<CoverageAccount> CoverageAccounts => Set<CoverageAccount>();

    public DbSet<CoveragePolicy> CoveragePolicies => Set<CoveragePolicy>();

    public DbSet<MedicineFundingConsent> MedicineFundingConsents => Set<MedicineFundingConsent>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<PatientMerge> PatientMerges => Set<PatientMerge>();

    public DbSet<PatientDeath> PatientDeaths => Set<PatientDeath>();

    public DbSet<CoverageProgramme> Programmes => Set<CoverageProgramme>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<ClaimAttachment> ClaimAttachments => Set<ClaimAttachment>();

    public DbSet<PayoutRun> PayoutRuns => Set<PayoutRun>();

    public DbSet<LedgerAccount> LedgerAccounts => Set<LedgerAccount>();

    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();

    public DbSet<LedgerPosting> LedgerPostings => Set<LedgerPosting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
