using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Referrals;

internal sealed class ReferralReadConfiguration : IEntityTypeConfiguration<ReferralRead>
{
    public void Configure(EntityTypeBuilder<ReferralRead> builder)
    {
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.Property(r => r.StaffLogin).HasMaxLength(100);
        builder.HasIndex(r => new { r.ReferralId, r.At });
    }
}
