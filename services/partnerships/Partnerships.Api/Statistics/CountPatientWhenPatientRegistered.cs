using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>Counts a newly registered patient in the public statistics, only when the patient consented to it.</summary>
public sealed class CountPatientWhenPatientRegistered(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<CountPatientWhenPatientRegistered> logger)
    : IdempotentConsumer<PatientRegistered, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "CountPatientWhenPatientRegistered";

    protected override async Task HandleAsync(PatientRegistered message, CancellationToken cancellationToken)
    {
        var patient = await StatisticsDecisions.ApplyAsync(
            Db, message.PatientId, message.AssociationId, message.ConsentsToStatistics, message.OccurredAt, message.DiagnosisGroup, message.RegionCode, cancellationToken);
        patient.Describe(message.Sex, message.BirthYear ?? message.DateOfBirth?.Year);
    }

    protected override Task AfterCommitAsync(PatientRegistered message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
}
