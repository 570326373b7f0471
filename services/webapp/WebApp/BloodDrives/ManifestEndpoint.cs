using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.BloodDrives;

/// <summary>
/// A run's printable manifest for the browser. The token stays in the server-side cookie ticket, so a plain link cannot
/// call the gateway itself: this endpoint fetches Events' HTML manifest with the staff member's token and hands it over.
/// Events audits the read and answers only the drive's organisers and the run's driver.
/// </summary>
public static class ManifestEndpoint
{
    public static RouteHandlerBuilder MapBloodDriveManifest(this IEndpointRouteBuilder app) =>
        app.MapGet("/blood-drives/{id:guid}/runs/{runId:guid}/manifest", PrintAsync).RequireAuthorization().ExcludeFromDescription();

    public static async Task<IResult> PrintAsync(Guid id, Guid runId, HttpContext http, IHttpClientFactory clients, IConfiguration configuration)
    {
        if (http.User.FindFirstValue(StaffCookie.TokenClaim) is not { } token)
        {
            return Results.LocalRedirect("/account/signed-out");
        }

        using var client = clients.CreateClient();
        client.BaseAddress = Extensions.WebAppExtensions.GatewayAddress(configuration);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/events/blood-drives/{id}/runs/{runId}/manifest?format=html");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, http.RequestAborted);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Results.Content(await response.Content.ReadAsStringAsync(http.RequestAborted), "text/html; charset=utf-8"),
            HttpStatusCode.Unauthorized => Results.LocalRedirect("/account/signed-out"),
            HttpStatusCode.NotFound => Results.NotFound(),
            HttpStatusCode.Forbidden => Results.Forbid(),
            _ => Results.StatusCode(StatusCodes.Status502BadGateway),
        };
    }
}
