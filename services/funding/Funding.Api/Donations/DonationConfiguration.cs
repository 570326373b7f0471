using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Funding.Campaigns;
using PatientNetwork.Funding.Donors;
using PatientNetwork.Funding.Ledger;

namespace PatientNetwork.Funding.Donations;

internal sealed class DonationConfiguration : IEntityTypeConfiguration<Donation>
{
    public const string IdempotencyKeyIndex = "ix_donations_association_id_idempotency_key";

    public void Configure(EntityTypeBuilder<Donation> builder)
    {
        builder.ToTable("donations", table => table.HasCheckConstraint("ck_donations_amount_positive", "amount_centimes > 0"));
        builder.HasIndex(d => new { d.AssociationId, d.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyKeyIndex);
        builder.HasIndex(d => new { d.AssociationId, d.DonorId, d.ReceivedOn });
        builder.HasIndex(d => new { d.AssociationId, d.ReceivedOn });
        builder.HasIndex(d => d.CampaignId);
        builder.HasOne<Donor>().WithMany().HasForeignKey(d => d.DonorId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId);
        builder.HasOne<Pledges.Pledge>().WithMany().HasForeignKey(d => d.PledgeId);
        builder.HasOne<LedgerTransaction>().WithMany().HasForeignKey(d => d.LedgerTransactionId);
        builder.Property(d => d.AssociationId).HasMaxLength(64);
        builder.Property(d => d.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.ChequeNumber).HasMaxLength(40);
        builder.Property(d => d.CardReference).HasMaxLength(40);
        builder.Property(d => d.InKindDescription).HasMaxLength(500);
        builder.Property(d => d.FundCode).HasMaxLength(64);
        builder.Property(d => d.RefundReason).HasMaxLength(500);
        builder.Property(d => d.IdempotencyKey).HasMaxLength(IdempotencyKeysLength);
        builder.Property(d => d.RecordedBy).HasMaxLength(100);
    }

    private const int IdempotencyKeysLength = 200;
}
