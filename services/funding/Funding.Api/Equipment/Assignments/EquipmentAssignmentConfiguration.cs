using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Funding.Equipment.Stock;

namespace PatientNetwork.Funding.Equipment.Assignments;

internal sealed class EquipmentAssignmentConfiguration : IEntityTypeConfiguration<EquipmentAssignment>
{
    /// <summary>One open assignment per piece of equipment, whatever the application does.</summary>
    public const string OneOpenPerItemIndex = "ix_equipment_assignments_item_id_open";

    public void Configure(EntityTypeBuilder<EquipmentAssignment> builder)
    {
        builder.ToTable("equipment_assignments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<EquipmentItem>().WithMany().HasForeignKey(a => a.ItemId);
        builder.HasIndex(a => a.ItemId).IsUnique().HasFilter("returned_at IS NULL").HasDatabaseName(OneOpenPerItemIndex);
        builder.HasIndex(a => new { a.AssociationId, a.PatientId });
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.BranchId).HasMaxLength(64);
        builder.Property(a => a.RegionCode).HasMaxLength(64);
        builder.Property(a => a.GuardianNameCiphertext).HasMaxLength(1000);
        builder.Property(a => a.AssignedBy).HasMaxLength(100);
        builder.Property(a => a.ReturnNote).HasMaxLength(1000);
        builder.Ignore(a => a.IsOpen);
    }
}
