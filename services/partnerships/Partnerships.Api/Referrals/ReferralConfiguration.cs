using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.PartnerId).HasMaxLength(64);
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.DiagnosisGroup).HasMaxLength(64);
        builder.Property(r => r.DiagnosisCode).HasMaxLength(32);
        builder.Property(r => r.RegionCode).HasMaxLength(64);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.OwnsMany(r => r.History, history => history.ToJson());
        builder.HasIndex(r => new { r.PartnerId, r.RequestedAt });
        builder.HasIndex(r => new { r.AssociationId, r.Status });
    }
}
