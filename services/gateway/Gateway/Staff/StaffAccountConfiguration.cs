using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Gateway.Staff;

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.HasIndex(s => s.Login).IsUnique();
        builder.Property(s => s.Login).HasMaxLength(100);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.Property(s => s.AssociationId).HasMaxLength(64);
        builder.Property(s => s.BranchId).HasMaxLength(64);
        builder.Property(s => s.PasswordHash).HasMaxLength(500);
    }
}
