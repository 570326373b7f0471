using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Calendar;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Partners;
using PatientNetwork.Partnerships.Referrals;
using PatientNetwork.Partnerships.Statistics;
using PatientNetwork.Partnerships.Statistics.Releases;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.Partnerships.Infrastructure;

public sealed class PartnershipsDbContext(DbContextOptions<PartnershipsDbContext> options) : DbContext(options)
{
    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerCredential> PartnerCredentials => Set<PartnerCredential>();

    public DbSet<PartnerCall> PartnerCalls => Set<PartnerCall>();

    public DbSet<PartnerAgreement> Agreements => Set<PartnerAgreement>();

    public DbSet<AgreementDocument> AgreementDocuments => Set<AgreementDocument>();

    public DbSet<AgreementAccess> AgreementAccesses => Set<AgreementAccess>();

    public DbSet<RenewalReminder> RenewalReminders => Set<RenewalReminder>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralRead> ReferralReads => Set<ReferralRead>();

    public DbSet<CountedPatient> CountedPatients => Set<CountedPatient>();

    public DbSet<StatisticsRelease> StatisticsReleases => Set<StatisticsRelease>();

    public DbSet<PublicEvent> PublicEvents => Set<PublicEvent>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    public DbSet<WebhookDisabledNotice> WebhookDisabledNotices => Set<WebhookDisabledNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnershipsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseOpenIddict();
    }
}
