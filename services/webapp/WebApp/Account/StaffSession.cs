using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.WebApp.Account;

/// <summary>The signed-in staff member of this circuit or request: token for the gateway, roles for the screens.</summary>
public sealed class StaffSession(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<string?> TokenAsync() => (await UserAsync()).FindFirstValue(StaffCookie.TokenClaim);

    public static bool SeesIdentifiers(ClaimsPrincipal user) => StaffRoles.SeeingIdentifiers.Any(user.IsInRole);

    public static bool MayRegister(ClaimsPrincipal user) => SeesIdentifiers(user);

    public static bool MayManageConsent(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);

    /// <summary>Gifts, receipts and campaigns: the roles Funding lets record them.</summary>
    public static bool MayRecordGifts(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);

    /// <summary>Claims and families' statements: the roles Funding lets handle them.</summary>
    public static bool MayHandleClaims(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Coordinator);

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    public static string? Branch(ClaimsPrincipal user) => user.FindFirstValue(StaffClaimTypes.Branch);

    public static string DisplayName(ClaimsPrincipal user) => user.FindFirstValue(StaffClaimTypes.Name) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
}
