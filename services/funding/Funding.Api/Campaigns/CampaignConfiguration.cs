using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Funding.Ledger;

namespace PatientNetwork.Funding.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns", table => table.HasCheckConstraint("ck_campaigns_goal_positive", "goal_centimes > 0"));
        builder.HasIndex(c => new { c.AssociationId, c.StartsOn });
        builder.HasOne<LedgerAccount>().WithMany().HasForeignKey(c => c.FundAccountId);
        builder.Property(c => c.AssociationId).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
    }
}
