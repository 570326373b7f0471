using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.AwarenessEvents;

internal sealed class AwarenessEventConfiguration : IEntityTypeConfiguration<AwarenessEvent>
{
    public void Configure(EntityTypeBuilder<AwarenessEvent> builder)
    {
        builder.HasIndex(e => new { e.AssociationId, e.StartsAt });
        builder.Property(e => e.AssociationId).HasMaxLength(64);
        builder.Property(e => e.BranchId).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.ScheduledBy).HasMaxLength(100);
    }
}
