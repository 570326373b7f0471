using System.Security.Claims;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>Which partnership screens and actions a role gets; Partnerships decides for good (docs/partnerships.md).</summary>
public static class PartnersAccess
{
    /// <summary>Admins add partners and issue, list and revoke their credentials, and read their calls and webhooks.</summary>
    public static bool ManagesPartners(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    /// <summary>
    /// Partnerships lists every association's partners to all staff, but manages credentials only for its own
    /// association's partners, under their GUID id (the demo partners' older ids such as <c>asid</c> have none).
    /// </summary>
    public static bool ManagesCredentialsOf(ClaimsPrincipal user, Partner partner) =>
        ManagesPartners(user) && partner.AssociationId == user.FindFirstValue(StaffClaimTypes.Association) && Guid.TryParse(partner.Id, out _);

    /// <summary>
    /// Every staff member of the partner's association reads its agreements (Partnerships answers 404 to others);
    /// admins, as for credentials, draft and change them (<see cref="ManagesCredentialsOf"/>).
    /// </summary>
    public static bool SeesAgreementsOf(ClaimsPrincipal user, Partner partner) =>
        partner.AssociationId == user.FindFirstValue(StaffClaimTypes.Association) && Guid.TryParse(partner.Id, out _);

    /// <summary>Admins and coordinators download an agreement's signed PDF and read its contacts.</summary>
    public static bool ReadsAgreementDocuments(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);

    /// <summary>Admins and coordinators work through the referrals partners send.</summary>
    public static bool WorksReferrals(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);
}
