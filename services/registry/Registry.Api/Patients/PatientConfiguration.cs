using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Registry.Patients;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasIndex(p => p.RegistryId).IsUnique();
        builder.HasIndex(p => new { p.AssociationId, p.BranchId, p.RegisteredAt });
        builder.Property(p => p.RegistryId).HasMaxLength(20);
        builder.Property(p => p.AssociationId).HasMaxLength(64);
        builder.Property(p => p.BranchId).HasMaxLength(64);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DiagnosisGroup).HasMaxLength(64);
        builder.Property(p => p.RegionCode).HasMaxLength(64);
        builder.Property(p => p.RegisteredBy).HasMaxLength(100);
    }
}
