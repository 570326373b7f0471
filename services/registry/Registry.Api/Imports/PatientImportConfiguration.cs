using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Registry.Imports;

internal sealed class PatientImportConfiguration : IEntityTypeConfiguration<PatientImport>
{
    public void Configure(EntityTypeBuilder<PatientImport> builder)
    {
        builder.ToTable("patient_imports");
        builder.HasIndex(i => new { i.AssociationId, i.ContentHash }).IsUnique();
        builder.Property(i => i.AssociationId).HasMaxLength(64);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.ImportedBy).HasMaxLength(100);
    }
}
