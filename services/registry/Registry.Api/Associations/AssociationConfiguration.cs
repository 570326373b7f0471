using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Registry.Associations;

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>, IEntityTypeConfiguration<Branch>
{
    public void Configure(EntityTypeBuilder<Association> builder)
    {
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasMany(a => a.Branches).WithOne().HasForeignKey(b => b.AssociationId);
    }

    public void Configure(EntityTypeBuilder<Branch> builder)
    {
        builder.HasKey(b => new { b.AssociationId, b.Id });
        builder.Property(b => b.Id).HasMaxLength(64);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.RegionCode).HasMaxLength(64);
    }
}
