using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Partnerships.Partners;

namespace PatientNetwork.Partnerships.Credentials;

internal sealed class PartnerCredentialConfiguration : IEntityTypeConfiguration<PartnerCredential>
{
    public void Configure(EntityTypeBuilder<PartnerCredential> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PartnerId).HasMaxLength(64);
        builder.Property(c => c.ClientId).HasMaxLength(64);
        builder.Property(c => c.Label).HasMaxLength(100);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.RevokedBy).HasMaxLength(100);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.HasIndex(c => c.PartnerId);
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId);
    }
}
