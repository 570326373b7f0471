using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>A merged duplicate was one person counted twice; it stops being counted.</summary>
public sealed class UncountMergedPatientWhenPatientsMerged(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<UncountMergedPatientWhenPatientsMerged> logger)
    : IdempotentConsumer<PatientsMerged, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "UncountMergedPatientWhenPatientsMerged";

    protected override Task HandleAsync(PatientsMerged message, CancellationToken cancellationToken) =>
        // Decided "for ever": no later consent event about the merged record may count it again.
        StatisticsDecisions.ApplyAsync(Db, message.MergedPatientId, message.AssociationId, counted: false, DateTimeOffset.MaxValue, null, null, cancellationToken);

    protected override Task AfterCommitAsync(PatientsMerged message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
}
