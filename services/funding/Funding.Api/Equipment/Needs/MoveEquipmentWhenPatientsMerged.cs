using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging.Inbox;

namespace PatientNetwork.Funding.Equipment.Needs;

/// <summary>
/// Two Registry records were one child: the merged record leaves the waiting list (the survivor keeps the earlier
/// place), and its chairs and distribution-day places follow the child to the surviving record. A place on a day
/// the survivor is already listed for stays under the merged id, since a child is on a day's list once.
/// </summary>
public sealed class MoveEquipmentWhenPatientsMerged(
    FundingDbContext db,
    TimeProvider time,
    ILogger<MoveEquipmentWhenPatientsMerged> logger)
    : IdempotentConsumer<PatientsMerged, FundingDbContext>(db, time, logger)
{
    public override string InboxName => "MoveEquipmentWhenPatientsMerged";

    protected override async Task HandleAsync(PatientsMerged message, CancellationToken cancellationToken)
    {
        var (mergedId, survivorId) = (message.MergedPatientId, message.SurvivingPatientId);
        var rows = await Db.PatientMobility.Where(m => m.PatientId == mergedId || m.PatientId == survivorId).ToListAsync(cancellationToken);
        var merged = rows.Find(m => m.PatientId == mergedId);
        var survivor = rows.Find(m => m.PatientId == survivorId);
        if (merged is null)
        {
            Db.PatientMobility.Add(PatientMobility.MergedBeforeArrival(mergedId, message.AssociationId, survivorId, message.OccurredAt));
        }
        else
        {
            merged.MergeInto(survivor, survivorId);
        }

        var assignments = await Db.EquipmentAssignments
            .Where(a => a.PatientId == mergedId && a.AssociationId == message.AssociationId).ToListAsync(cancellationToken);
        assignments.ForEach(a => a.MoveTo(survivorId));

        var survivorDays = await Db.DistributionReservations.Where(r => r.PatientId == survivorId).Select(r => r.DayId).ToListAsync(cancellationToken);
        var reservations = await Db.DistributionReservations
            .Where(r => r.PatientId == mergedId && r.AssociationId == message.AssociationId).ToListAsync(cancellationToken);
        var kept = 0;
        foreach (var reservation in reservations)
        {
            if (survivorDays.Contains(reservation.DayId))
            {
                kept++;
                continue;
            }

            reservation.MoveTo(survivorId);
        }

        EquipmentLog.MovedToSurvivor(logger, mergedId, survivorId, assignments.Count, reservations.Count - kept, kept);
    }
}
