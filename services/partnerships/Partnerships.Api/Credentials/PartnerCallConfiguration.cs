using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Credentials;

internal sealed class PartnerCallConfiguration : IEntityTypeConfiguration<PartnerCall>
{
    public void Configure(EntityTypeBuilder<PartnerCall> builder)
    {
        builder.Property(c => c.PartnerId).HasMaxLength(64);
        builder.Property(c => c.Method).HasMaxLength(10);
        builder.Property(c => c.Path).HasMaxLength(300);
        builder.HasIndex(c => new { c.PartnerId, c.At });
    }
}
