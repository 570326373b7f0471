using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Rights;

public sealed class TrackRetentionHoldWhenChanged(RegistryDbContext db, TimeProvider time, ILogger<TrackRetentionHoldWhenChanged> logger)
    : IdempotentConsumer<RetentionHoldChanged, RegistryDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(RetentionHoldChanged message, CancellationToken cancellationToken)
    {
        var hold = await Db.RetentionHolds.FirstOrDefaultAsync(h => h.PatientId == message.PatientId && h.Source == message.Source, cancellationToken);
        if (hold is null)
        {
            Db.RetentionHolds.Add(RetentionHold.Decide(message.PatientId, message.Source, message.Held, message.Reason, message.OccurredAt));
        }
        else
        {
            hold.Apply(message.Held, message.Reason, message.OccurredAt);
        }
    }
}
