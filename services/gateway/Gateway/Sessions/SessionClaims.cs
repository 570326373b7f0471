using System.Security.Claims;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Sessions;

/// <summary>The session id every gateway token carries (<c>sid</c>, as OpenID Connect names it).</summary>
public static class SessionClaims
{
    public const string SessionId = "sid";

    /// <summary>The session and account of a signed-in request, or null when the token names none.</summary>
    public static (Guid Session, Guid Account, string Login)? Of(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionId), out var session) && Guid.TryParse(user.FindFirstValue(StaffClaimTypes.Subject), out var account)
            ? (session, account, user.FindFirstValue(StaffClaimTypes.Login) ?? "")
            : null;
}
