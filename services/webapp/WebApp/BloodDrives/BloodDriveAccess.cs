using System.Security.Claims;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.WebApp.BloodDrives;

/// <summary>Which blood-drive screens a role gets; Events decides for good (docs/blood-drives.md, "Who sees what").</summary>
public static class BloodDriveAccess
{
    /// <summary>Everyone but drivers, who see only their runs' manifests (sent to them by SMS).</summary>
    public static bool SeesDrives(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator) || user.IsInRole(StaffRoles.Volunteer) || user.IsInRole(StaffRoles.Doctor);

    /// <summary>Admins and coordinators record outcomes and print manifests.</summary>
    public static bool Organises(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);
}
