using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Coverage;

internal sealed class CoverageConfiguration
    : IEntityTypeConfiguration<CoverageAccount>, IEntityTypeConfiguration<CoveragePolicy>, IEntityTypeConfiguration<PatientUpdateAwaitingAccount>
{
    public void Configure(EntityTypeBuilder<CoverageAccount> builder)
    {
        builder.HasIndex(a => a.PatientId).IsUnique();
        builder.HasIndex(a => new { a.AssociationId, a.OpenedAt });
        builder.HasIndex(a => a.FormerPatientIds).HasMethod("gin");
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.BranchId).HasMaxLength(64);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.StatusReason).HasMaxLength(200);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Rate);
        builder.Ignore(a => a.IsOpen);
    }

    public void Configure(EntityTypeBuilder<PatientUpdateAwaitingAccount> builder)
    {
        builder.ToTable("patient_updates_awaiting_account");
        builder.HasKey(u => u.PatientId);
        builder.Property(u => u.RegionCode).HasMaxLength(64);
        builder.Property(u => u.DiagnosisGroup).HasMaxLength(64);
        builder.Property(u => u.Version).IsRowVersion();
    }

    public void Configure(EntityTypeBuilder<CoveragePolicy> builder)
    {
        builder.HasKey(p => p.AssociationId);
        builder.Property(p => p.AssociationId).HasMaxLength(64);
    }
}
