namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>
/// One computed, numbered release of the statistics tables. It keeps the true counts of every
/// non-zero cell, margins included, and which were hidden and why: partners are only ever shown the
/// published view, the rest lets the next release keep hidden what this one hid.
/// </summary>
public sealed class StatisticsRelease
{
    private StatisticsRelease()
    {
    }

    public int Version { get; private set; }

    public DateTimeOffset ReleasedAt { get; private set; }

    public int SuppressionThreshold { get; private set; }

    /// <summary>A digest of the counts it was computed from: an unchanged table makes no new release.</summary>
    public string Fingerprint { get; private set; } = "";

    /// <summary>The table by diagnosis group and region.</summary>
    public List<ReleasedCell> Cells { get; private set; } = [];

    /// <summary>The table by age band and sex, of the same patients (empty in releases made before it existed).</summary>
    public List<ReleasedAgeSexCell> AgeSexCells { get; private set; } = [];

    public static StatisticsRelease Create(
        int version, DateTimeOffset releasedAt, int threshold, string fingerprint, List<ReleasedCell> cells, List<ReleasedAgeSexCell> ageSexCells) => new()
    {
        Version = version,
        ReleasedAt = releasedAt,
        SuppressionThreshold = threshold,
        Fingerprint = fingerprint,
        Cells = cells,
        AgeSexCells = ageSexCells,
    };
}
