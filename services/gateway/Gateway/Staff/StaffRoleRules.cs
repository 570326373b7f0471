using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Staff;

/// <summary>Which roles exist and which of them see identifiers, so sign in with a second factor.</summary>
public static class StaffRoleRules
{
    public static readonly IReadOnlyList<string> All = [StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Doctor, StaffRoles.Volunteer, StaffRoles.Driver];

    public static bool RequireTwoFactor(IEnumerable<string> roles) =>
        roles.Any(role => role is StaffRoles.Admin or StaffRoles.Coordinator or StaffRoles.Doctor or StaffRoles.Driver);
}
