using System.Security.Claims;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>Which partnership screens and actions a role gets; Partnerships decides for good (docs/partnerships.md).</summary>
public static class PartnersAccess
{
    /// <summary>Admins add partners and issue, list and revoke their credentials, and read their calls and webhooks.</summary>
    public static bool ManagesPartners(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    /// <summary>Admins and coordinators work through the referrals partners send.</summary>
    public static bool WorksReferrals(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);
}
