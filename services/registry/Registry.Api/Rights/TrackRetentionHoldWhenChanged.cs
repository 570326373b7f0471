using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Rights;

public sealed class TrackRetentionHoldWhenChanged(RegistryDbContext db, TimeProvider time, ILogger<TrackRetentionHoldWhenChanged> logger)
    : IdempotentConsumer<RetentionHoldChanged, RegistryDbContext>(db, time, logger)
{
    public override string InboxName => "TrackRetentionHoldWhenChanged";

    protected override Task HandleAsync(RetentionHoldChanged message, CancellationToken cancellationToken) =>
        Db.DecideRetentionHoldAsync(message.PatientId, message.Source, message.Held, message.Reason, message.OccurredAt, cancellationToken);
}
