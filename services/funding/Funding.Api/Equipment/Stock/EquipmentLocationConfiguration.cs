using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Equipment.Stock;

internal sealed class EquipmentLocationConfiguration : IEntityTypeConfiguration<EquipmentLocation>
{
    public void Configure(EntityTypeBuilder<EquipmentLocation> builder)
    {
        builder.ToTable("equipment_locations");
        builder.HasIndex(l => new { l.AssociationId, l.Name }).IsUnique();
        builder.Property(l => l.AssociationId).HasMaxLength(64);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.RegionCode).HasMaxLength(64);
    }
}
