using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging;
using PatientNetwork.Partnerships.Calendar;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Partners;
using PatientNetwork.Partnerships.Referrals;
using PatientNetwork.Partnerships.Statistics;
using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.Partnerships.Infrastructure;

public sealed class PartnershipsDbContext(DbContextOptions<PartnershipsDbContext> options) : DbContext(options)
{
    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerCredential> PartnerCredentials => Set<PartnerCredential>();

    public DbSet<PartnerCall> PartnerCalls => Set<PartnerCall>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralRead> ReferralReads => Set<ReferralRead>();

    public DbSet<CountedPatient> CountedPatients => Set<CountedPatient>();

    public DbSet<StatisticsRelease> StatisticsReleases => Set<StatisticsRelease>();

    public DbSet<PublicEvent> PublicEvents => Set<PublicEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnershipsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseOpenIddict();
    }
}
