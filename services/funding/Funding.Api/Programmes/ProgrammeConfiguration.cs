using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Programmes;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<CoverageProgramme>
{
    public void Configure(EntityTypeBuilder<CoverageProgramme> builder)
    {
        builder.ToTable("programme_versions");
        builder.HasIndex(p => new { p.ProgrammeId, p.Version }).IsUnique();
        builder.HasIndex(p => new { p.AssociationId, p.ProgrammeId });
        builder.Property(p => p.AssociationId).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.Basis).HasConversion<string>().HasMaxLength(32);
        builder.OwnsMany(p => p.EligibleMedicines, m => m.ToJson());
        builder.Ignore(p => p.IsCurrent);
        builder.Ignore(p => p.Terms);
    }
}
