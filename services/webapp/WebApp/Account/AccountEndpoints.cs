using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using PatientNetwork.WebApp.Gateway;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Account;

/// <summary>
/// The web app's few plain HTTP endpoints, posted to by forms with an anti-forgery token: signing
/// out and choosing a language both change cookies, which only an HTTP response (not a circuit) can.
/// </summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").ExcludeFromDescription();
        group.MapPost("/sign-out", SignOutAsync);
        group.MapGet("/signed-out", SignedOutAsync).AllowAnonymous();
        group.MapPost("/language", ChooseLanguageAsync).AllowAnonymous();
        return group;
    }

    /// <summary>Ends this session at the gateway too, so the token in the cookie is dead even if the cookie were kept.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext http, IHttpClientFactory clients, IConfiguration configuration, ILoggerFactory loggers, [FromForm] string? returnUrl)
    {
        if (http.User.FindFirstValue(StaffCookie.TokenClaim) is { } token)
        {
            await CallGatewayAsync(clients, configuration, HttpMethod.Post, "/auth/sign-out", token, null, http.RequestAborted);
        }

        GatewayLog.SignedOut(loggers.CreateLogger(typeof(AccountEndpoints)), http.User.Identity?.Name ?? "", "signed out");
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/account/sign-in");
    }

    /// <summary>Where the app sends a person whose session the gateway no longer accepts, or who stayed idle too long.</summary>
    public static async Task<IResult> SignedOutAsync(HttpContext http, ILoggerFactory loggers)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            GatewayLog.SignedOut(loggers.CreateLogger(typeof(AccountEndpoints)), http.User.Identity.Name ?? "", "session ended");
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/account/sign-in?ended=1");
    }

    /// <summary>Remembers the language in a cookie and, for a signed-in person, on their account at the gateway.</summary>
    public static async Task<IResult> ChooseLanguageAsync(HttpContext http, IHttpClientFactory clients, IConfiguration configuration, [FromForm] string? language, [FromForm] string? returnUrl)
    {
        var chosen = Languages.FromCode(language) ?? Languages.Default;
        http.Response.Cookies.Append(
            Languages.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen.Culture, chosen.Culture)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        if (http.User.FindFirstValue(StaffCookie.TokenClaim) is { } token)
        {
            await CallGatewayAsync(clients, configuration, HttpMethod.Put, "/auth/me/language", token, new { language = chosen.Code }, http.RequestAborted);
        }

        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    /// <summary>Best effort: a gateway without the endpoint yet, or down, does not stop the person from signing out or switching language.</summary>
    private static async Task CallGatewayAsync(IHttpClientFactory clients, IConfiguration configuration, HttpMethod method, string path, string token, object? body, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient();
        client.BaseAddress = Extensions.WebAppExtensions.GatewayAddress(configuration);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: GatewayClient.Json);
        }

        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException)
        {
            // Nothing to do: the cookie is cleared (or the language kept) all the same.
        }
    }
}
