using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Agreements;

internal sealed class AgreementAccessConfiguration : IEntityTypeConfiguration<AgreementAccess>
{
    public void Configure(EntityTypeBuilder<AgreementAccess> builder)
    {
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.StaffLogin).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.HasIndex(a => new { a.AgreementId, a.At });
    }
}
