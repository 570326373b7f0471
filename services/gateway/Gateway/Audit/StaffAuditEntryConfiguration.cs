using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Gateway.Audit;

internal sealed class StaffAuditEntryConfiguration : IEntityTypeConfiguration<StaffAuditEntry>
{
    public void Configure(EntityTypeBuilder<StaffAuditEntry> builder)
    {
        builder.ToTable("staff_audit");
        builder.HasIndex(a => new { a.AssociationId, a.Id });
        builder.HasIndex(a => new { a.AccountId, a.Id });
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.ActorLogin).HasMaxLength(100);
        builder.Property(a => a.AccountLogin).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(200);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
    }
}
