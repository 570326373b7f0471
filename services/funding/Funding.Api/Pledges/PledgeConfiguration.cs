using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Funding.Campaigns;
using PatientNetwork.Funding.Donors;

namespace PatientNetwork.Funding.Pledges;

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.ToTable("pledges", table => table.HasCheckConstraint("ck_pledges_paid_within_total", "paid_centimes >= 0 AND paid_centimes <= total_centimes"));
        builder.HasIndex(p => new { p.AssociationId, p.DonorId });
        builder.HasOne<Donor>().WithMany().HasForeignKey(p => p.DonorId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId);
        builder.Property(p => p.AssociationId).HasMaxLength(64);
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.OwnsMany(p => p.Instalments, i => i.ToJson());
        builder.Ignore(p => p.Status);
    }
}
