using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.Registrations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        // Arrival order: the sequence's next value is taken by the INSERT, while the event's row is locked.
        builder.Property(r => r.Number).UseIdentityAlwaysColumn();
        builder.HasIndex(r => new { r.EventId, r.Status, r.Number });
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => new { r.Status, r.OfferExpiresAt }).HasFilter("status = 'Offered'");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.EmailCiphertext).HasMaxLength(512);
        builder.Property(r => r.PhoneCiphertext).HasMaxLength(256);
        builder.Property(r => r.Language).HasMaxLength(2);
        builder.Property(r => r.AccessibilityNeeds).HasMaxLength(1000);
        builder.Property(r => r.Code).HasMaxLength(16);
        builder.Property(r => r.RegisteredBy).HasMaxLength(100);
        builder.HasOne<AwarenessEvents.AwarenessEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}
