using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Equipment.Stock;

internal sealed class EquipmentItemConfiguration : IEntityTypeConfiguration<EquipmentItem>
{
    public const string SerialNumberIndex = "ix_equipment_items_association_id_serial_number";
    public const string IdempotencyKeyIndex = "ix_equipment_items_association_id_idempotency_key";

    public void Configure(EntityTypeBuilder<EquipmentItem> builder)
    {
        builder.ToTable("equipment_items", table => table.HasCheckConstraint("ck_equipment_items_value_not_negative", "value_centimes >= 0"));
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.AssociationId, i.SerialNumber }).IsUnique().HasDatabaseName(SerialNumberIndex);
        builder.HasIndex(i => new { i.AssociationId, i.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyKeyIndex);
        builder.HasIndex(i => new { i.AssociationId, i.Status });
        builder.HasOne<EquipmentType>().WithMany().HasForeignKey(i => i.TypeId);
        builder.HasOne<EquipmentLocation>().WithMany().HasForeignKey(i => i.LocationId);
        builder.HasMany(i => i.History).WithOne().HasForeignKey(h => h.ItemId);
        builder.Property(i => i.AssociationId).HasMaxLength(64);
        builder.Property(i => i.Size).HasMaxLength(20);
        builder.Property(i => i.SerialNumber).HasMaxLength(60);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FundCode).HasMaxLength(100);
        builder.Property(i => i.IdempotencyKey).HasMaxLength(100);
        builder.Property(i => i.EnteredBy).HasMaxLength(100);
    }
}
