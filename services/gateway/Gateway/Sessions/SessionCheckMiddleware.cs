using Microsoft.AspNetCore.Authorization;

namespace PatientNetwork.Gateway.Sessions;

/// <summary>
/// Refuses with 401 a signed-in request to <c>/api/**</c> or <c>/auth/**</c> whose session has ended, expired
/// or gone idle, or whose token names no session. The services behind the gateway check the token itself,
/// as before; this is the gateway's own check, and where sign-out takes effect.
/// </summary>
public sealed class SessionCheckMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionStore sessions)
    {
        if (NeedsCheck(context))
        {
            var session = SessionClaims.Of(context.User);
            if (session is null || !await sessions.IsLiveAsync(session.Value.Session, session.Value.Account, session.Value.Login, context.RequestAborted))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The session has ended\"";
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "The session has ended.",
                    detail: "Signed out, expired or idle too long: sign in again.").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static bool NeedsCheck(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/auth"))
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;
}
