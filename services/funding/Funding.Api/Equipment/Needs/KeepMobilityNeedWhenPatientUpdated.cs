using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Equipment.Needs;

/// <summary>Follows a patient's change of branch, region or mobility need (a need gone to none, or a death, takes the child off the waiting list).</summary>
public sealed class KeepMobilityNeedWhenPatientUpdated(
    FundingDbContext db,
    TimeProvider time,
    ILogger<KeepMobilityNeedWhenPatientUpdated> logger)
    : IdempotentConsumer<PatientUpdated, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "KeepMobilityNeedWhenPatientUpdated";

    protected override Task HandleAsync(PatientUpdated message, CancellationToken cancellationToken) =>
        PatientMobilities.ObserveAsync(Db, message.PatientId, message.AssociationId, message.BranchId, message.RegionCode, message.MobilityNeed, message.VitalStatus == "deceased", message.OccurredAt, cancellationToken);
}
