using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Equipment.Needs;

/// <summary>Keeps a new patient's association, region and mobility need, so equipment can be assigned and the waiting list shown.</summary>
public sealed class KeepMobilityNeedWhenPatientRegistered(
    FundingDbContext db,
    TimeProvider time,
    ILogger<KeepMobilityNeedWhenPatientRegistered> logger)
    : IdempotentConsumer<PatientRegistered, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "KeepMobilityNeedWhenPatientRegistered";

    protected override Task HandleAsync(PatientRegistered message, CancellationToken cancellationToken) =>
        PatientMobilities.ObserveAsync(Db, message.PatientId, message.AssociationId, message.BranchId, message.RegionCode, message.MobilityNeed, deceased: false, message.OccurredAt, cancellationToken);
}
