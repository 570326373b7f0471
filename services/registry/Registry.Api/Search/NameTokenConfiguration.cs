using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Search;

internal sealed class NameTokenConfiguration : IEntityTypeConfiguration<PatientNameToken>, IEntityTypeConfiguration<NameTokenVocabulary>
{
    public void Configure(EntityTypeBuilder<PatientNameToken> builder)
    {
        builder.ToTable("patient_name_tokens");
        // Key order is the search order: the patients of one word of one association, by id.
        builder.HasKey(t => new { t.AssociationId, t.Token, t.PatientId });
        builder.Property(t => t.AssociationId).HasMaxLength(64);
        builder.Property(t => t.Token).HasMaxLength(100);
        builder.HasOne<Patient>().WithMany().HasForeignKey(t => t.PatientId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<NameTokenVocabulary> builder)
    {
        builder.ToTable("name_token_vocabulary");
        builder.HasKey(v => new { v.AssociationId, v.Token });
        builder.Property(v => v.AssociationId).HasMaxLength(64);
        builder.Property(v => v.Token).HasMaxLength(100);
        builder.HasIndex(v => v.Token).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
