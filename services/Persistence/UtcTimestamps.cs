using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PatientNetwork.Persistence;

/// <summary>
/// Stores every <see cref="DateTimeOffset"/> in UTC. Npgsql writes <c>timestamptz</c> only from an offset of zero
/// and throws on any other, so a client's <c>2027-01-01T10:00:00+01:00</c> would fail the save with a 500 and leave
/// whatever was written before it; the instant is the same in UTC, so it is converted rather than refused.
/// </summary>
public sealed class UtcTimestamps : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ToUtc(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ToUtc(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void ToUtc(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                ToUtc(entry);
            }
        }
    }

    private static void ToUtc(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is DateTimeOffset { Offset.Ticks: not 0 } moment)
            {
                property.CurrentValue = moment.ToUniversalTime();
            }
        }
    }
}
