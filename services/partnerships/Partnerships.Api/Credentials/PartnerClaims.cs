using System.Security.Claims;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PatientNetwork.Partnerships.Credentials;

/// <summary>Claims of a partner access token besides <c>sub</c> (the partner's id) and <c>scope</c>.</summary>
public static class PartnerClaims
{
    /// <summary>The credential the token was issued to, so revoking it reaches its tokens and every call is audited against it.</summary>
    public const string Credential = "pn_credential";

    /// <summary>The partner a validated partner token stands for (its <c>sub</c>); only for endpoints behind a partner policy.</summary>
    public static string PartnerOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(Claims.Subject)!.Value;
    }
}
