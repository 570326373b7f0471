using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.WebApp.Account;

/// <summary>
/// The signed-in staff member, as the web app's encrypted, HttpOnly auth cookie carries them: the
/// gateway's token (never sent to page scripts, never rendered) and what the screens need to know
/// of the person (login, name, association, branch, roles). The cookie lives no longer than the token.
/// </summary>
public static class StaffCookie
{
    public const string Name = "pn.staff";
    public const string TokenClaim = "pn:token";
    public const string TokenExpiresClaim = "pn:token-expires";
    public const string LanguageClaim = "pn:language";

    /// <summary>The principal for a token the gateway has just issued; the token's own claims say who it is.</summary>
    public static ClaimsPrincipal Principal(string accessToken, string? displayName, string? language)
    {
        var jwt = new JsonWebToken(accessToken);
        var claims = new List<Claim>
        {
            new(TokenClaim, accessToken),
            new(TokenExpiresClaim, jwt.ValidTo.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        };
        foreach (var type in new[] { StaffClaimTypes.Subject, StaffClaimTypes.Login, StaffClaimTypes.Association, StaffClaimTypes.Branch, "sid" })
        {
            if (jwt.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrEmpty(value))
            {
                claims.Add(new Claim(type, value));
            }
        }

        claims.Add(new Claim(StaffClaimTypes.Name, displayName ?? (jwt.TryGetPayloadValue<string>(StaffClaimTypes.Name, out var name) ? name : "")));
        claims.AddRange(jwt.Claims.Where(c => c.Type == StaffClaimTypes.Role).Select(c => new Claim(StaffClaimTypes.Role, c.Value)));
        if (language is not null)
        {
            claims.Add(new Claim(LanguageClaim, language));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, StaffClaimTypes.Login, StaffClaimTypes.Role));
    }

    public static AuthenticationProperties Properties(ClaimsPrincipal principal) => new()
    {
        IsPersistent = false,
        AllowRefresh = true,
        Items = { [TokenExpiresClaim] = principal.FindFirstValue(TokenExpiresClaim) },
    };

    public static DateTimeOffset? TokenExpiresAt(ClaimsPrincipal principal) =>
        DateTimeOffset.TryParse(principal.FindFirstValue(TokenExpiresClaim), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>A cookie whose token has expired signs the person out: the gateway would refuse every call anyway.</summary>
    public static async Task RejectExpiredTokenAsync(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (context.Principal is null || TokenExpiresAt(context.Principal) is not { } expires || expires <= now)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
