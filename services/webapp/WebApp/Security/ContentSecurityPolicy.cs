namespace PatientNetwork.WebApp.Security;

/// <summary>
/// The page's content-security policy and framing rules. Scripts only from the app itself (Blazor's
/// and MudBlazor's files; no inline script, no eval); styles from the app plus inline style
/// attributes, which MudBlazor writes on its components (positions of popovers, chart sizes) and
/// Blazor's reconnection dialog uses; images from the app and data: URIs (MudBlazor's icons are
/// inline SVG, the gateway's QR code is inline SVG markup); the circuit's WebSocket to the same
/// origin ('self' covers ws: and wss: of the page's host). No frames, in or out.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
