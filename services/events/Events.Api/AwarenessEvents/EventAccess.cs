using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// Who may do what with events, in line with the Registry: every staff member of the association reads its
/// events and may register people and check them in at the door; only admins and coordinators, who already
/// decide what the association records and shares, schedule, change and publish events and read participant
/// lists. Branch staff act on their branch's events only. Volunteers never see a registrant's personal data.
/// See docs/events.md.
/// </summary>
public static class EventAccess
{
    public const string SchedulePolicy = "events.schedule";

    public static readonly string[] MaySchedule = [StaffRoles.Admin, StaffRoles.Coordinator];

    /// <summary>True when the staff member acts for the event's branch (association-wide staff act for every branch).</summary>
    public static bool ActsFor(StaffMember staff, AwarenessEvent e) =>
        e.AssociationId == staff.AssociationId && (staff.BranchId is null || staff.BranchId == e.BranchId);

    /// <summary>Volunteers see parties and statuses, never names, contacts, answers or needs.</summary>
    public static bool SeesPersonalData(StaffMember staff) => !staff.IsInRole(StaffRoles.Volunteer);
}
