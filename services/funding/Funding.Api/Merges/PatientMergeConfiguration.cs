using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Merges;

internal sealed class PatientMergeConfiguration : IEntityTypeConfiguration<PatientMerge>
{
    public void Configure(EntityTypeBuilder<PatientMerge> builder)
    {
        builder.HasKey(m => m.MergedPatientId);
        builder.Property(m => m.AssociationId).HasMaxLength(64);
    }
}
