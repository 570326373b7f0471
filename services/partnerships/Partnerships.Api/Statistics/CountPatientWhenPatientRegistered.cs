using Microsoft.EntityFrameworkCore;
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
    protected override async Task HandleAsync(PatientRegistered message, CancellationToken cancellationToken)
    {
        if (!message.ConsentsToStatistics || await Db.CountedPatients.AnyAsync(p => p.PatientId == message.PatientId, cancellationToken))
        {
            return;
        }

        Db.CountedPatients.Add(new CountedPatient(message.PatientId, message.DiagnosisGroup, message.RegionCode, Time.GetUtcNow()));
    }

    protected override Task AfterCommitAsync(PatientRegistered message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
}
