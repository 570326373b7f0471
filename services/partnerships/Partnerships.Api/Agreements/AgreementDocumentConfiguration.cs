using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Agreements;

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> builder)
    {
        builder.HasKey(d => d.AgreementId);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.UploadedBy).HasMaxLength(100);
        builder.HasOne<PartnerAgreement>().WithOne().HasForeignKey<AgreementDocument>(d => d.AgreementId);
    }
}
