using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Statistics.Releases;

internal sealed class StatisticsReleaseConfiguration : IEntityTypeConfiguration<StatisticsRelease>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<StatisticsRelease> builder)
    {
        builder.HasKey(r => r.Version);
        builder.Property(r => r.Version).ValueGeneratedNever();
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.Cells)
            .HasColumnType("jsonb")
            .HasConversion(
                cells => JsonSerializer.Serialize(cells, Json),
                json => JsonSerializer.Deserialize<List<ReleasedCell>>(json, Json) ?? new List<ReleasedCell>(),
                new ValueComparer<List<ReleasedCell>>((a, b) => a!.SequenceEqual(b!), cells => cells.Count, cells => cells.ToList()));
    }
}
