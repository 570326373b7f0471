using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
