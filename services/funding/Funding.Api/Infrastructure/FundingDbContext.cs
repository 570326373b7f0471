using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Campaigns;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Claims.Usage;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Deaths;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Donors;
using PatientNetwork.Funding.Equipment.Assignments;
using PatientNetwork.Funding.Equipment.DistributionDays;
using PatientNetwork.Funding.Equipment.Needs;
using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Merges;
using PatientNetwork.Funding.Payouts;
using PatientNetwork.Funding.Pledges;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.Funding.Receipts;
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

    public DbSet<CoverageUsage> CoverageUsage => Set<CoverageUsage>();

    public DbSet<PayoutRun> PayoutRuns => Set<PayoutRun>();

    public DbSet<LedgerAccount> LedgerAccounts => Set<LedgerAccount>();

    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();

    public DbSet<LedgerPosting> LedgerPostings => Set<LedgerPosting>();

    public DbSet<Donor> Donors => Set<Donor>();

    public DbSet<Donation> Donations => Set<Donation>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Pledge> Pledges => Set<Pledge>();

    public DbSet<PatientMobility> PatientMobility => Set<PatientMobility>();

    public DbSet<EquipmentType> EquipmentTypes => Set<EquipmentType>();

    public DbSet<EquipmentLocation> EquipmentLocations => Set<EquipmentLocation>();

    public DbSet<EquipmentItem> EquipmentItems => Set<EquipmentItem>();

    public DbSet<EquipmentAssignment> EquipmentAssignments => Set<EquipmentAssignment>();

    public DbSet<DistributionDay> DistributionDays => Set<DistributionDay>();

    public DbSet<DistributionReservation> DistributionReservations => Set<DistributionReservation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram similarity for the donors' similar-name check (ships with PostgreSQL's contrib modules).
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
