using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Equipment.Needs;

internal sealed class PatientMobilityConfiguration : IEntityTypeConfiguration<PatientMobility>
{
    public void Configure(EntityTypeBuilder<PatientMobility> builder)
    {
        builder.ToTable("patient_mobility");
        builder.HasKey(m => m.PatientId);
        builder.Property(m => m.PatientId).ValueGeneratedNever();
        builder.Property(m => m.AssociationId).HasMaxLength(64);
        builder.Property(m => m.BranchId).HasMaxLength(64);
        builder.Property(m => m.RegionCode).HasMaxLength(64);
        builder.Property(m => m.MobilityNeed).HasMaxLength(20);
        builder.Ignore(m => m.NeedsEquipment);
        // The waiting list: an association's children in need, longest waiting first.
        builder.HasIndex(m => new { m.AssociationId, m.NeedSince }).HasFilter("need_since IS NOT NULL");
    }
}
