using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// The tenancy rule, in one place: staff see their association's patients; staff attached to a
/// branch see only that branch. Enforced in every query, so a record of another tenant is simply
/// not found.
/// </summary>
public static class PatientAccess
{
    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> patients, StaffMember staff)
    {
        var visible = patients.Where(p => p.AssociationId == staff.AssociationId);
        return staff.BranchId is null ? visible : visible.Where(p => p.BranchId == staff.BranchId);
    }
}
