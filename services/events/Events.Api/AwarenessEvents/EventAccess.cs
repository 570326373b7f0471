using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.AwarenessEvents;

/// <summary>
/// Who may do what with events, in line with the Registry: every staff member of the association
/// reads its events; only admins and coordinators, who already decide what the association records
/// and shares (consents, imports), put an event on the public calendar. Doctors and volunteers do not
/// speak for the association in public. See docs/events.md.
/// </summary>
public static class EventAccess
{
    public const string SchedulePolicy = "events.schedule";

    public static readonly string[] MaySchedule = [StaffRoles.Admin, StaffRoles.Coordinator];
}
