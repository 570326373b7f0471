using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Search;

/// <summary>
/// At start-up, indexes the names of listable patients that have no <see cref="PatientNameToken"/>
/// yet: records registered before the index existed. New registrations are indexed as they are saved.
/// </summary>
public sealed partial class NameIndexBackfill(IServiceScopeFactory scopes, ILogger<NameIndexBackfill> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var total = 0;
            Guid? after = null;
            while (await IndexBatchAsync(after, stoppingToken) is { Count: > 0 } batch)
            {
                total += batch.Count;
                after = batch[^1];
            }

            if (total > 0)
            {
                LogBackfilled(total);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception);
        }
    }

    /// <summary>Indexes the next unindexed patients after <paramref name="after"/> (id order, so each batch starts where the last ended); returns their ids.</summary>
    public async Task<List<Guid>> IndexBatchAsync(Guid? after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var unindexed = await db.Patients.AsNoTracking()
            .Where(p => after == null || p.Id > after)
            .Where(p => p.MergedIntoId == null && p.ErasedAt == null && !db.PatientNameTokens.Any(t => t.PatientId == p.Id))
            .OrderBy(p => p.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var patient in unindexed)
        {
            db.IndexName(patient);
        }

        await db.SaveChangesAsync(cancellationToken);
        return unindexed.Select(p => p.Id).ToList();
    }

    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Name index: {Count} patients indexed that were registered before it existed")]
    private partial void LogBackfilled(int count);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Error, Message = "Name index back-fill failed; name search misses the patients not yet indexed until the next start")]
    private partial void LogFailed(Exception exception);
}
