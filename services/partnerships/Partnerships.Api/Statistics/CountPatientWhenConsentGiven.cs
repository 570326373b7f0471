using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>A patient who now consents to statistics starts being counted.</summary>
public sealed class CountPatientWhenConsentGiven(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<CountPatientWhenConsentGiven> logger)
    : IdempotentConsumer<ConsentGiven, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "CountPatientWhenConsentGiven";

    protected override Task HandleAsync(ConsentGiven message, CancellationToken cancellationToken) =>
        message.Purpose == ConsentPurposes.Statistics
            ? StatisticsDecisions.ApplyAsync(Db, message.PatientId, message.AssociationId, counted: true, message.OccurredAt, message.DiagnosisGroup, message.RegionCode, cancellationToken)
            : Task.CompletedTask;

    protected override Task AfterCommitAsync(ConsentGiven message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
}
