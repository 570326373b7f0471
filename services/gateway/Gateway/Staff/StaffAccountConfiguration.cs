using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Gateway.Staff;

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.HasIndex(s => s.Login).IsUnique();
        builder.HasIndex(s => s.AssociationId);
        builder.Property(s => s.Login).HasMaxLength(100);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.Property(s => s.AssociationId).HasMaxLength(64);
        builder.Property(s => s.BranchId).HasMaxLength(64);
        builder.Property(s => s.PasswordHash).HasMaxLength(500);
        builder.Property(s => s.Language).HasMaxLength(8).HasDefaultValue(StaffLanguages.Default);
        builder.Property(s => s.TwoFactorSecret).HasMaxLength(500);
        builder.Property(s => s.PendingTwoFactorSecret).HasMaxLength(500);
        builder.Ignore(s => s.HasPassword);
        builder.Ignore(s => s.TwoFactorEnabled);
        builder.Ignore(s => s.RequiresTwoFactor);
        builder.Ignore(s => s.IsAdmin);
    }
}
