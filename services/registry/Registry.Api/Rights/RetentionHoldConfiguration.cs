using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Registry.Rights;

internal sealed class RetentionHoldConfiguration : IEntityTypeConfiguration<RetentionHold>
{
    public void Configure(EntityTypeBuilder<RetentionHold> builder)
    {
        builder.ToTable("retention_holds");
        builder.HasKey(h => new { h.PatientId, h.Source });
        builder.Property(h => h.Source).HasMaxLength(64);
        builder.Property(h => h.Reason).HasMaxLength(500);
    }
}
