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
/// Makes the next release when the counts changed: the table by diagnosis group and region of
/// patients who consent to statistics, protected by <see cref="ComplementarySuppression"/> with the
/// cells the last release hid carried forward, saved with the <see cref="StatisticsReleased"/> event
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

        var counts = await db.CountedPatients.AsNoTracking().CountsByCell().ToListAsync(cancellationToken);
        var table = CountTable.From(counts.Select(c => (c.DiagnosisGroup, c.RegionCode, c.Patients)));
        var fingerprint = Fingerprint(table, threshold);
        var latest = await db.StatisticsReleases.AsNoTracking().OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Fingerprint == fingerprint)
        {
            return null;
        }

        var carried = latest is null ? CarriedForwardCells.None(threshold) : new CarriedForwardCells(latest.Cells, threshold);
        var protectedTable = ComplementarySuppression.Protect(table, threshold, carried.StaysHidden);

        var release = StatisticsRelease.Create((latest?.Version ?? 0) + 1, time.GetUtcNow(), threshold, fingerprint, Cells(protectedTable, carried));
        db.StatisticsReleases.Add(release);
        db.AddIntegrationEvent(new StatisticsReleased(Guid.NewGuid(), release.ReleasedAt, release.Version));
        await WebhookOutbox.StatisticsReleasedAsync(db, release.Version, release.ReleasedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
        LogReleased(release.Version, release.Cells.Count(c => c.Hidden), release.Cells.Count);
        return release;
    }

    private static List<ReleasedCell> Cells(ProtectedTable protectedTable, CarriedForwardCells carried)
    {
        var table = protectedTable.Table;
        var cells = new List<ReleasedCell>();
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
                cells.Add(new ReleasedCell(place.Row, place.Column, table[row, column], reason, hiddenAt));
            }
        }

        return cells;
    }

    private static string Fingerprint(CountTable table, int threshold)
    {
        var text = new StringBuilder().Append(threshold);
        for (var row = 0; row < table.Rows; row++)
        {
            for (var column = 0; column < table.Columns; column++)
            {
                text.Append('|').Append(table.RowLabels[row]).Append('/').Append(table.ColumnLabels[column]).Append('=').Append(table[row, column]);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [LoggerMessage(EventId = 8901, Level = LogLevel.Information, Message = "Statistics release {Version} published: {Hidden} of {Cells} non-zero cells hidden")]
    private partial void LogReleased(int version, int hidden, int cells);
}
