using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Consents;

internal sealed class MedicineFundingConsentConfiguration : IEntityTypeConfiguration<MedicineFundingConsent>
{
    public void Configure(EntityTypeBuilder<MedicineFundingConsent> builder)
    {
        builder.HasKey(c => c.PatientId);
        builder.Property(c => c.PatientId).ValueGeneratedNever();
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.IsDecided);
    }
}
