using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.BloodDrives;

/// <summary>
/// Who may do what with blood drives: admins and coordinators organise them and see donors' phones; every staff role
/// of the association except drivers works the door (a volunteer sees a slot's names, never phones); a driver sees only
/// the manifests of their own runs. Branch staff act on their branch's drives only. See docs/blood-drives.md.
/// </summary>
public static class BloodDriveAccess
{
    public const string StaffPolicy = "blood-drives.staff";

    public const string ManifestPolicy = "blood-drives.manifest";

    public static readonly string[] Staff = [StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Volunteer, StaffRoles.Doctor];

    public static readonly string[] MayReadManifests = [StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Driver];

    public static bool SeesPhones(StaffMember staff) => staff.IsInRole(StaffRoles.Admin) || staff.IsInRole(StaffRoles.Coordinator);

    public static bool ActsFor(StaffMember staff, BloodDrive drive) =>
        drive.AssociationId == staff.AssociationId && (staff.BranchId is null || staff.BranchId == drive.BranchId);

    /// <summary>The drive when the staff member acts for it, else null (a 404: another tenant's drive does not exist for them).</summary>
    public static async Task<BloodDrive?> FindAsync(EventsDbContext db, Guid id, StaffMember staff, CancellationToken cancellationToken)
    {
        var drive = await db.BloodDrives.Include(d => d.Sites).FirstOrDefaultAsync(d => d.Id == id && d.AssociationId == staff.AssociationId, cancellationToken);
        return drive is not null && ActsFor(staff, drive) ? drive : null;
    }
}
