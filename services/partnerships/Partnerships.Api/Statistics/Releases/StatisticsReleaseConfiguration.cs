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
        StoredAsJson(builder.Property(r => r.Cells));
        StoredAsJson(builder.Property(r => r.AgeSexCells)).HasDefaultValueSql("'[]'::jsonb");
    }

    private static PropertyBuilder<List<TCell>> StoredAsJson<TCell>(PropertyBuilder<List<TCell>> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                cells => JsonSerializer.Serialize(cells, Json),
                json => JsonSerializer.Deserialize<List<TCell>>(json, Json) ?? new List<TCell>(),
                new ValueComparer<List<TCell>>((a, b) => a!.SequenceEqual(b!), cells => cells.Count, cells => cells.ToList()));
}
