using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<PartnerAgreement>
{
    public void Configure(EntityTypeBuilder<PartnerAgreement> builder)
    {
        builder.ToTable("partner_agreements");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.PartnerId).HasMaxLength(64);
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Title).HasMaxLength(200);
        // Stored as text so the renewal job's SQL and a reader of the table see the same names as the API.
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.TerminationReason).HasMaxLength(1000);
        builder.Property(a => a.CreatedBy).HasMaxLength(100);
        builder.Property(a => a.StatusChangedBy).HasMaxLength(100);
        builder.HasIndex(a => new { a.PartnerId, a.Status });
        builder.HasIndex(a => new { a.Status, a.EndsOn });
    }
}
