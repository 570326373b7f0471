using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Equipment.Stock;

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
