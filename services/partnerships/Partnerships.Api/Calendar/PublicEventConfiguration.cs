using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Calendar;

internal sealed class PublicEventConfiguration : IEntityTypeConfiguration<PublicEvent>
{
    public void Configure(EntityTypeBuilder<PublicEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.StartsAt);
        builder.HasIndex(e => e.SeriesId);
        builder.Property(e => e.AssociationId).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.Property(e => e.Status).HasMaxLength(32).HasDefaultValue("published");
        builder.Property(e => e.Audience).HasMaxLength(32).HasDefaultValue("public");
        builder.Property(e => e.Listed).HasDefaultValue(true);
        builder.Property(e => e.Venue).HasMaxLength(200);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.DescriptionAr).HasMaxLength(4000);
        builder.Property(e => e.DescriptionFr).HasMaxLength(4000);
        builder.Property(e => e.DescriptionEn).HasMaxLength(4000);
        builder.Property(e => e.Sessions).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
    }
}
