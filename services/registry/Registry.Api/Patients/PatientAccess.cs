using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// The tenancy and role rules, in one place: staff see their association's patients; staff
/// attached to a branch see only that branch (unless a break-glass grant says otherwise); only
/// admins, coordinators and doctors see direct identifiers.
/// </summary>
public static class PatientAccess
{
    public const string RegisterPolicy = "registry.register";
    public const string ConsentPolicy = "registry.consent";
    public const string BreakGlassPolicy = "registry.break-glass";
    public const string AuditPolicy = "registry.audit";

    /// <summary>Records the caller may open, merged duplicates included (old references keep working).</summary>
    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> patients, StaffMember staff)
    {
        var visible = patients.Where(p => p.AssociationId == staff.AssociationId);
        return staff.BranchId is null ? visible : visible.Where(p => p.BranchId == staff.BranchId);
    }

    /// <summary>Records the caller may list and search: merged duplicates are left out.</summary>
    public static IQueryable<Patient> ListableBy(this IQueryable<Patient> patients, StaffMember staff) =>
        patients.VisibleTo(staff).Where(p => p.MergedIntoId == null);

    public static bool MaySeeIdentifiers(StaffMember staff) => staff.SeesIdentifiers;
}
