using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Equipment.Stock;

internal sealed class EquipmentTypeConfiguration : IEntityTypeConfiguration<EquipmentType>
{
    public void Configure(EntityTypeBuilder<EquipmentType> builder)
    {
        builder.ToTable("equipment_types");
        builder.HasIndex(t => new { t.AssociationId, t.Name }).IsUnique();
        builder.Property(t => t.AssociationId).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(200);
    }
}
