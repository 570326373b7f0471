using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Claims.Usage;

internal sealed class CoverageUsageConfiguration : IEntityTypeConfiguration<CoverageUsage>
{
    public void Configure(EntityTypeBuilder<CoverageUsage> builder)
    {
        builder.ToTable("coverage_usage", table => table.HasCheckConstraint("ck_coverage_usage_covered_not_negative", "covered_centimes >= 0"));
        builder.HasKey(u => new { u.ProgrammeId, u.Year, u.Scope, u.SubjectId });
        builder.HasIndex(u => u.AssociationId);
        builder.Property(u => u.AssociationId).HasMaxLength(64);
        builder.Property(u => u.Scope).HasMaxLength(16);
    }
}
