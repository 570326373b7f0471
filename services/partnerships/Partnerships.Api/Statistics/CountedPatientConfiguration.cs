using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Statistics;

internal sealed class CountedPatientConfiguration : IEntityTypeConfiguration<CountedPatient>
{
    public void Configure(EntityTypeBuilder<CountedPatient> builder)
    {
        builder.HasKey(p => p.PatientId);
        builder.HasIndex(p => new { p.DiagnosisGroup, p.RegionCode }).HasFilter("is_counted");
        builder.HasIndex(p => p.AssociationId).HasFilter("is_counted");
        builder.Property(p => p.AssociationId).HasMaxLength(64);
        builder.Property(p => p.DiagnosisGroup).HasMaxLength(64);
        builder.Property(p => p.RegionCode).HasMaxLength(64);
        builder.Property(p => p.Sex).HasMaxLength(16).HasDefaultValue(AgeAndSex.UnknownSex);
    }
}
