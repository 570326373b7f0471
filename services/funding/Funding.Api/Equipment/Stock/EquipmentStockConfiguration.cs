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

internal sealed class MaintenanceRecordConfiguration : IEntityTypeConfiguration<MaintenanceRecord>
{
    public void Configure(EntityTypeBuilder<MaintenanceRecord> builder)
    {
        builder.ToTable("equipment_maintenance");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.ItemId, m.At });
        builder.Property(m => m.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Note).HasMaxLength(1000);
        builder.Property(m => m.RecordedBy).HasMaxLength(100);
    }
}
