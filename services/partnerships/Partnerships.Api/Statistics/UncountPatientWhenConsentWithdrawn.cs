using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>Withdrawing consent to statistics removes the patient from every count partners see.</summary>
public sealed class UncountPatientWhenConsentWithdrawn(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<UncountPatientWhenConsentWithdrawn> logger)
    : IdempotentConsumer<ConsentWithdrawn, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "UncountPatientWhenConsentWithdrawn";

    protected override Task HandleAsync(ConsentWithdrawn message, CancellationToken cancellationToken) =>
        message.Purpose == ConsentPurposes.Statistics
            ? StatisticsDecisions.ApplyAsync(Db, message.PatientId, message.AssociationId, counted: false, message.OccurredAt, null, null, cancellationToken)
            : Task.CompletedTask;

    protected override Task AfterCommitAsync(ConsentWithdrawn message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
}
