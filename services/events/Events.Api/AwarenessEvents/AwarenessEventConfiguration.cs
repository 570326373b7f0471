using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.AwarenessEvents;

internal sealed class AwarenessEventConfiguration : IEntityTypeConfiguration<AwarenessEvent>
{
    public void Configure(EntityTypeBuilder<AwarenessEvent> builder)
    {
        builder.HasIndex(e => new { e.AssociationId, e.StartsAt });
        builder.HasIndex(e => new { e.SeriesId, e.OccurrenceDate }).IsUnique().HasFilter("series_id IS NOT NULL");
        builder.Property(e => e.AssociationId).HasMaxLength(64);
        builder.Property(e => e.BranchId).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.Venue).HasMaxLength(200);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.DescriptionAr).HasMaxLength(4000);
        builder.Property(e => e.DescriptionFr).HasMaxLength(4000);
        builder.Property(e => e.DescriptionEn).HasMaxLength(4000);
        builder.Property(e => e.ScheduledBy).HasMaxLength(100);
        builder.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Sessions).AutoInclude();
    }
}
