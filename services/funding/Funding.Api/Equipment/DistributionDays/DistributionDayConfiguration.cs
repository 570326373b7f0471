using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Equipment.DistributionDays;

internal sealed class DistributionDayConfiguration : IEntityTypeConfiguration<DistributionDay>
{
    public void Configure(EntityTypeBuilder<DistributionDay> builder)
    {
        builder.ToTable("distribution_days");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.AssociationId, d.HeldOn });
        builder.HasMany(d => d.Reservations).WithOne().HasForeignKey(r => r.DayId);
        builder.Property(d => d.AssociationId).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Place).HasMaxLength(200);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
    }
}
