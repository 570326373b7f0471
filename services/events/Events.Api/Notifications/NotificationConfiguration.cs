using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(8);
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.HasIndex(n => n.Key).IsUnique();
        builder.Property(n => n.Language).HasMaxLength(2);
        builder.Property(n => n.FactsJson).HasColumnName("facts").HasColumnType("jsonb");
        builder.Property(n => n.LastFailure).HasMaxLength(200);
        builder.Property(n => n.DirectRecipient).HasMaxLength(256);
        builder.Property(n => n.DirectText).HasMaxLength(4000);
        builder.Ignore(n => n.Facts);
        // The sender's query: rows still to send, by due time.
        builder.HasIndex(n => n.NextAttemptAt).HasFilter("sent_at IS NULL AND abandoned_at IS NULL");
        builder.HasIndex(n => new { n.EventId, n.Kind });
        builder.HasIndex(n => n.RegistrationId);
        builder.HasOne<Registrations.Registration>().WithMany().HasForeignKey(n => n.RegistrationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
    }
}
