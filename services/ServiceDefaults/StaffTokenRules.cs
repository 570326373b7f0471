using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// What a correctly signed token must also be before any endpoint sees it: a staff token as the
/// gateway writes it. A signature proves who signed, not that the content is one we understand,
/// so a token the gateway would never write (a leaked key, a bug) is refused with 401 here rather
/// than failing deep inside an endpoint.
/// </summary>
public static class StaffTokenRules
{
    /// <summary>Why the token is not a staff token, or null when it is one.</summary>
    public static string? FindViolation(SecurityToken token, ClaimsPrincipal principal)
    {
        if (token is not JsonWebToken jwt)
        {
            return "The token is not a JSON web token.";
        }

        // RFC 7515 §4.1.11: a JWS listing extensions in "crit" that the recipient does not
        // understand is invalid. No PatientNetwork service understands any, and the library ignores the header.
        if (HasHeader(jwt, "crit"))
        {
            return "The token lists critical header parameters (crit), which no PatientNetwork service understands.";
        }

        if (!HasOne(principal, StaffClaimTypes.Subject, required: true))
        {
            return "A staff token carries exactly one subject (sub).";
        }

        if (!HasOne(principal, StaffClaimTypes.Association, required: true))
        {
            return "A staff token carries exactly one association.";
        }

        return HasOne(principal, StaffClaimTypes.Branch, required: false) ? null : "A staff token carries at most one branch.";
    }

    private static bool HasHeader(JsonWebToken jwt, string name)
    {
        using var header = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedHeader));
        return header.RootElement.TryGetProperty(name, out _);
    }

    private static bool HasOne(ClaimsPrincipal principal, string type, bool required)
    {
        var values = principal.FindAll(type).Select(claim => claim.Value).ToList();
        return values.Count switch
        {
            0 => !required,
            1 => !string.IsNullOrWhiteSpace(values[0]),
            _ => false,
        };
    }
}
