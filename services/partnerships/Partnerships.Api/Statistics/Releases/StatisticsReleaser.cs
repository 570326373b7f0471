using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Statistics.Disclosure;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>
/// Makes the next release when the counts changed: the tables by diagnosis group and region and by
/// age band and sex of patients who consent to statistics, each protected by
/// <see cref="ComplementarySuppression"/> with the cells the last release hid carried forward, saved with the <see cref="StatisticsReleased"/> event
/// in one transaction. An advisory lock keeps two instances of the service from numbering twice.
/// </summary>
public sealed partial class StatisticsReleaser(
    PartnershipsDbContext db, PublicReadCache cache, IOptions<StatisticsOptions> options, TimeProvider time, ILogger<StatisticsReleaser> logger)
{
    private const long ReleaseLock = 0x5354_4154; // "STAT"

    /// <summary>The new release, or null when the counts are those of the latest one.</summary>
    public async Task<StatisticsRelease?> ReleaseIfChangedAsync(CancellationToken cancellationToken)
    {
        var threshold = options.Value.SuppressionThreshold;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock({ReleaseLock})", cancellationToken);

        var now = time.GetUtcNow();
        var byPlace = await PlaceTableAsync(cancellationToken);
        var byAgeAndSex = await AgeSexTableAsync(now.Year, cancellationToken);
        var fingerprint = Fingerprint(threshold, byPlace, byAgeAndSex);
        var latest = await db.StatisticsReleases.AsNoTracking().OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Fingerprint == fingerprint)
        {
            return null;
        }

        var carriedPlace = new CarriedForwardCells(latest?.Cells ?? [], threshold);
        var carriedAgeSex = new CarriedForwardCells(latest?.AgeSexCells ?? [], threshold);
        var (placeCells, ageSexCells) = SharedTotal.Protect(byPlace, carriedPlace, byAgeAndSex, carriedAgeSex, threshold);

        var release = StatisticsRelease.Create(
            (latest?.Version ?? 0) + 1,
            now,
            threshold,
            fingerprint,
            Cells(placeCells, carriedPlace, (place, count, reason, hiddenAt) => new ReleasedCell(place.Row, place.Column, count, reason, hiddenAt)),
            Cells(ageSexCells, carriedAgeSex, (place, count, reason, hiddenAt) => new ReleasedAgeSexCell(place.Row, place.Column, count, reason, hiddenAt)));
        db.StatisticsReleases.Add(release);
        db.AddIntegrationEvent(new StatisticsReleased(Guid.NewGuid(), release.ReleasedAt, release.Version));
        await WebhookOutbox.StatisticsReleasedAsync(db, release.Version, release.ReleasedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
        LogReleased(release.Version, release.Cells.Count(c => c.Hidden) + release.AgeSexCells.Count(c => c.Hidden), release.Cells.Count + release.AgeSexCells.Count);
        return release;
    }

    private async Task<CountTable> PlaceTableAsync(CancellationToken cancellationToken)
    {
        var counts = await db.CountedPatients.AsNoTracking().CountsByCell().ToListAsync(cancellationToken);
        return CountTable.From(counts.Select(c => (c.DiagnosisGroup, c.RegionCode, c.Patients)));
    }

    private async Task<CountTable> AgeSexTableAsync(int year, CancellationToken cancellationToken)
    {
        var counts = await db.CountedPatients.AsNoTracking().CountsByBirthYearAndSex().ToListAsync(cancellationToken);
        return CountTable.From(counts.Select(c => (AgeAndSex.AgeBand(c.BirthYear, year), c.Sex, c.Patients)));
    }

    private static List<TCell> Cells<TCell>(
        ProtectedTable protectedTable, CarriedForwardCells carried, Func<TableCell, int, SuppressionReason, int?, TCell> cell)
    {
        var table = protectedTable.Table;
        var cells = new List<TCell>();
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                if (table[row, column] == 0)
                {
                    continue;
                }

                var place = table.CellAt(row, column);
                var reason = protectedTable.ReasonAt(row, column);
                int? hiddenAt = reason == SuppressionReason.None ? null : carried.HiddenAtCount(place, table[row, column]);
                cells.Add(cell(place, table[row, column], reason, hiddenAt));
            }
        }

        return cells;
    }

    private static string Fingerprint(int threshold, params CountTable[] tables)
    {
        var text = new StringBuilder().Append(threshold);
        foreach (var table in tables)
        {
            text.Append('#');
            for (var row = 0; row < table.Rows; row++)
            {
                for (var column = 0; column < table.Columns; column++)
                {
                    text.Append('|').Append(table.RowLabels[row]).Append('/').Append(table.ColumnLabels[column]).Append('=').Append(table[row, column]);
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [LoggerMessage(EventId = 8901, Level = LogLevel.Information, Message = "Statistics release {Version} published: {Hidden} of {Cells} non-zero cells hidden")]
    private partial void LogReleased(int version, int hidden, int cells);
}
