using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Equipment.Needs;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.WaitingList;

/// <summary>
/// The children waiting: a known mobility need, alive, and no equipment currently assigned, longest waiting first.
/// The same rows feed the list and the CSV report.
/// </summary>
public static class WaitingListQuery
{
    public static IQueryable<PatientMobility> Of(FundingDbContext db, StaffMember staff, string? regionCode, Guid? patientId = null) =>
        db.PatientMobility.AsNoTracking()
            .Where(m => m.AssociationId == staff.AssociationId && m.NeedSince != null && (staff.BranchId == null || m.BranchId == staff.BranchId))
            .Where(m => regionCode == null || m.RegionCode == regionCode)
            .Where(m => patientId == null || m.PatientId == patientId)
            .Where(m => !db.EquipmentAssignments.Any(a => a.PatientId == m.PatientId && a.ReturnedAt == null))
            .OrderBy(m => m.NeedSince).ThenBy(m => m.PatientId);

    public static IQueryable<WaitingChild> AsWaitingChildren(this IQueryable<PatientMobility> waiting) =>
        waiting.Select(m => new WaitingChild(m.PatientId, m.RegionCode, m.BranchId, m.MobilityNeed!, m.NeedSince!.Value));
}
