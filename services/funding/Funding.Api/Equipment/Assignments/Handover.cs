using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Funding.Equipment.Needs;
using PatientNetwork.Funding.Equipment.Stock;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.Assignments;

/// <summary>
/// Handing equipment to a child, the same whether from stock or from a distribution day's reservation: the item
/// (locked by the caller) moves to assigned, the assignment opens with the guardian's acknowledgement, and
/// <see cref="EquipmentAssigned"/> joins the outbox, all in the caller's unit of work.
/// </summary>
public static class Handover
{
    /// <summary>A chair is reviewed a year after it was handed out unless the staff member says otherwise.</summary>
    public const int DefaultReviewMonths = 12;

    public static async Task<EquipmentAssignment> AssignAsync(
        EquipmentServices services, StaffMember staff, EquipmentItem item, PatientMobility child, string guardianName, DateTimeOffset acknowledgedAt,
        DateOnly? reviewOn, Guid? distributionDayId, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var review = reviewOn ?? DateOnly.FromDateTime(acknowledgedAt.UtcDateTime).AddMonths(DefaultReviewMonths);
        var assignment = EquipmentAssignment.Open(staff.AssociationId, item.Id, child.PatientId, child.BranchId, child.RegionCode,
            services.Guardians.Protect(guardianName), acknowledgedAt, review, distributionDayId, staff.Login, now);
        item.Assign($"Assignment {assignment.Id}", staff.Login, now);
        services.Db.EquipmentAssignments.Add(assignment);
        var type = await services.Db.EquipmentTypes.AsNoTracking().FirstAsync(t => t.Id == item.TypeId, cancellationToken);
        services.Db.AddIntegrationEvent(new EquipmentAssigned(Guid.CreateVersion7(now), now, assignment.Id, item.Id, child.PatientId, staff.AssociationId,
            child.RegionCode, type.Id, type.Name, distributionDayId));
        services.Audit.Record(staff, EquipmentAuditActions.Assigned, [child.PatientId], $"assignment={assignment.Id}");
        return assignment;
    }
}
