using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Registry.Referrals;

internal sealed class ReferralIntakeConfiguration : IEntityTypeConfiguration<ReferralIntake>
{
    public void Configure(EntityTypeBuilder<ReferralIntake> builder)
    {
        builder.ToTable("referral_intakes");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.AssociationId).HasMaxLength(64);
        builder.Property(i => i.PartnerId).HasMaxLength(64);
        builder.Property(i => i.RegionCode).HasMaxLength(64);
        builder.Property(i => i.DiagnosisGroup).HasMaxLength(64);
        builder.Property(i => i.DiagnosisCode).HasMaxLength(32);
        builder.Property(i => i.AcceptedBy).HasMaxLength(100);
        builder.Property(i => i.ChildFirstName).HasMaxLength(100);
        builder.Property(i => i.ChildLastName).HasMaxLength(100);
        builder.Property(i => i.ChildSex).HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.ClosedBy).HasMaxLength(100);
        builder.Property(i => i.DismissalReason).HasMaxLength(ReferralIntake.MaxReasonLength);
        builder.HasIndex(i => new { i.AssociationId, i.Status, i.AcceptedAt });
    }
}
