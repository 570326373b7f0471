using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Donors;

internal sealed class DonorConfiguration : IEntityTypeConfiguration<Donor>
{
    public void Configure(EntityTypeBuilder<Donor> builder)
    {
        builder.ToTable("donors");
        builder.HasIndex(d => new { d.AssociationId, d.PhoneIndex });
        builder.HasIndex(d => new { d.AssociationId, d.EmailIndex });
        builder.HasIndex(d => d.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(d => d.AssociationId).HasMaxLength(64);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.SearchName).HasMaxLength(200);
        builder.Property(d => d.PublicName).HasMaxLength(200);
        builder.Property(d => d.PhoneIndex).HasMaxLength(64);
        builder.Property(d => d.EmailIndex).HasMaxLength(64);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.Ignore(d => d.PublicThanksName);
    }
}
