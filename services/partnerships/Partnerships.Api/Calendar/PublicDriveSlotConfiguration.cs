using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Calendar;

internal sealed class PublicDriveSlotConfiguration : IEntityTypeConfiguration<PublicDriveSlot>
{
    public void Configure(EntityTypeBuilder<PublicDriveSlot> builder)
    {
        builder.ToTable("public_drive_slots");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.EventId, s.StartsAt });
        builder.Property(s => s.Site).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.HeldUntil).HasColumnType("timestamp with time zone[]");
    }
}
