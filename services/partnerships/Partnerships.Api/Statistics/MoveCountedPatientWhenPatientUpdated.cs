using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Statistics;

/// <summary>Keeps a counted patient in the right cells when the registry changes their region, diagnosis group or birth date.</summary>
public sealed class MoveCountedPatientWhenPatientUpdated(
    PartnershipsDbContext db,
    TimeProvider time,
    PublicReadCache cache,
    ILogger<MoveCountedPatientWhenPatientUpdated> logger)
    : IdempotentConsumer<PatientUpdated, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "MoveCountedPatientWhenPatientUpdated";

    protected override async Task HandleAsync(PatientUpdated message, CancellationToken cancellationToken)
    {
        var counted = await Db.CountedPatients.FirstOrDefaultAsync(p => p.PatientId == message.PatientId, cancellationToken);
        if (counted is null)
        {
            // The registration has not arrived yet (another queue); remember the newer placement for it.
            counted = CountedPatient.PlacedBeforeDecision(message.PatientId, message.AssociationId, message.DiagnosisGroup, message.RegionCode, message.OccurredAt);
            Db.CountedPatients.Add(counted);
        }
        else
        {
            counted.BelongsTo(message.AssociationId);
            counted.Place(message.DiagnosisGroup, message.RegionCode, message.OccurredAt);
        }

        counted.CorrectBirthYear(message.BirthYear ?? message.DateOfBirth?.Year);
    }

    protected override Task AfterCommitAsync(PatientUpdated message, CancellationToken cancellationToken) =>
        cache.InvalidateAsync(PublicStatisticsApi.CacheArea);
}
