using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging;
using PatientNetwork.Registry.Associations;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Imports;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.Referrals;
using PatientNetwork.Registry.Rights;
using PatientNetwork.Registry.Search;

namespace PatientNetwork.Registry.Infrastructure;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Association> Associations => Set<Association>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();

    public DbSet<RetentionHold> RetentionHolds => Set<RetentionHold>();

    public DbSet<PatientImport> PatientImports => Set<PatientImport>();

    public DbSet<PatientNameToken> PatientNameTokens => Set<PatientNameToken>();

    public DbSet<NameTokenVocabulary> NameTokenVocabulary => Set<NameTokenVocabulary>();

    public DbSet<ReferralIntake> ReferralIntakes => Set<ReferralIntake>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram similarity for fuzzy name search (ships with PostgreSQL's contrib modules).
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
