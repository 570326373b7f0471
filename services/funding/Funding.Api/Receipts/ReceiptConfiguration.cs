using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Donors;

namespace PatientNetwork.Funding.Receipts;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>, IEntityTypeConfiguration<ReceiptCounter>
{
    public const string AnnualReceiptIndex = "ix_receipts_annual_once_per_donor_and_year";

    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("receipts", table => table.HasCheckConstraint("ck_receipts_amount_positive", "amount_centimes > 0"));
        builder.HasIndex(r => new { r.AssociationId, r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.AssociationId, r.Number }).IsUnique();
        builder.HasIndex(r => r.DonationId).IsUnique();
        builder.HasIndex(r => new { r.AssociationId, r.DonorId, r.Year }).IsUnique().HasFilter("kind = 'Annual'").HasDatabaseName(AnnualReceiptIndex);
        builder.HasOne<Donor>().WithMany().HasForeignKey(r => r.DonorId);
        builder.HasOne<Donation>().WithMany().HasForeignKey(r => r.DonationId);
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DonorName).HasMaxLength(200);
        builder.Property(r => r.IssuedBy).HasMaxLength(100);
        builder.Property(r => r.CancelReason).HasMaxLength(500);
        builder.Ignore(r => r.IsDuplicate);
    }

    public void Configure(EntityTypeBuilder<ReceiptCounter> builder)
    {
        builder.ToTable("receipt_counters");
        builder.HasKey(c => new { c.AssociationId, c.Year });
        builder.Property(c => c.AssociationId).HasMaxLength(64);
    }
}
