using System.Security.Claims;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.Equipment;

/// <summary>Which equipment forms a role gets; Funding decides for good (EquipmentPolicies) and the screens only hide what it would refuse.</summary>
public static class EquipmentAccess
{
    /// <summary>Admins and coordinators enter stock, assign, return, reserve and hand out; volunteers only read.</summary>
    public static bool Manages(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);

    /// <summary>A purchase moves money from a fund: Funding lets only admins make it.</summary>
    public static bool BuysFromFund(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    /// <summary>Volunteers see regions and chairs, never a child's id (as on every patient list of the app).</summary>
    public static bool SeesChildren(ClaimsPrincipal user) => StaffSession.SeesIdentifiers(user);
}
