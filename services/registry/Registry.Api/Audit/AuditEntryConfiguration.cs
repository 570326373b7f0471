using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Registry.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_trail");
        builder.HasIndex(a => new { a.PatientId, a.At });
        builder.HasIndex(a => new { a.StaffId, a.At });
        builder.HasIndex(a => a.ListedPatientIds).HasMethod("gin");
        builder.Property(a => a.StaffId).HasMaxLength(64);
        builder.Property(a => a.StaffLogin).HasMaxLength(100);
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(AuditEntry.MaxReasonLength);
    }
}
