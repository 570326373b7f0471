using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Deaths;

internal sealed class PatientDeathConfiguration : IEntityTypeConfiguration<PatientDeath>
{
    public void Configure(EntityTypeBuilder<PatientDeath> builder)
    {
        builder.ToTable("patient_deaths");
        builder.HasKey(d => d.PatientId);
        builder.Property(d => d.PatientId).ValueGeneratedNever();
        builder.Property(d => d.AssociationId).HasMaxLength(64);
    }
}
