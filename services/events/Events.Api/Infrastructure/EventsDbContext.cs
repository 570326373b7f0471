using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.BloodDrives.Eligibility;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.BloodDrives.Slots;
using PatientNetwork.Events.BloodDrives.Transport;
using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Programme;
using PatientNetwork.Events.Registrations;
using PatientNetwork.Events.Series;
using PatientNetwork.Messaging;

namespace PatientNetwork.Events.Infrastructure;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    public DbSet<AwarenessEvent> AwarenessEvents => Set<AwarenessEvent>();

    public DbSet<EventSession> Sessions => Set<EventSession>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<EventSeries> Series => Set<EventSeries>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<PublicRegistrationWindow> PublicRegistrationWindows => Set<PublicRegistrationWindow>();

    /// <summary>The outbox of messages to people: one row per notice and channel, sent by <see cref="NotificationSender"/>.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<BloodDrive> BloodDrives => Set<BloodDrive>();

    public DbSet<DriveSite> DriveSites => Set<DriveSite>();

    public DbSet<DriveSlot> DriveSlots => Set<DriveSlot>();

    public DbSet<Donor> Donors => Set<Donor>();

    public DbSet<DonorBooking> DonorBookings => Set<DonorBooking>();

    public DbSet<EligibilityRuleSet> EligibilityRuleSets => Set<EligibilityRuleSet>();

    public DbSet<PickupPoint> PickupPoints => Set<PickupPoint>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<TransportRun> TransportRuns => Set<TransportRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
