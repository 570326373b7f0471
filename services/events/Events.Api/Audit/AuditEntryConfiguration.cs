using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_trail");
        builder.HasIndex(a => a.RegistrationIds).HasMethod("gin");
        builder.HasIndex(a => new { a.AssociationId, a.Id });
        builder.HasIndex(a => new { a.EventId, a.Id });
        builder.Property(a => a.StaffId).HasMaxLength(64);
        builder.Property(a => a.StaffLogin).HasMaxLength(100);
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Details).HasMaxLength(500);
    }
}
