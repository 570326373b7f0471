using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.Series;

internal sealed class EventSeriesConfiguration : IEntityTypeConfiguration<EventSeries>
{
    public void Configure(EntityTypeBuilder<EventSeries> builder)
    {
        builder.ToTable("event_series");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.AssociationId);
        builder.Property(s => s.AssociationId).HasMaxLength(64);
        builder.Property(s => s.BranchId).HasMaxLength(64);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Audience).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Venue).HasMaxLength(200);
        builder.Property(s => s.RecurrenceRule).HasMaxLength(300);
        builder.Property(s => s.FirstStartsLocal).HasColumnType("timestamp without time zone");
        builder.Property(s => s.CreatedBy).HasMaxLength(100);
    }
}
