using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Calendar;

internal sealed class PublicSeriesConfiguration : IEntityTypeConfiguration<PublicSeries>
{
    public void Configure(EntityTypeBuilder<PublicSeries> builder)
    {
        builder.ToTable("public_series");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.AssociationId).HasMaxLength(64);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(32);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Venue).HasMaxLength(200);
        builder.Property(s => s.RecurrenceRule).HasMaxLength(300);
        builder.Property(s => s.FirstStartsLocal).HasColumnType("timestamp without time zone");
        builder.Property(s => s.TimeZone).HasMaxLength(64);
    }
}
