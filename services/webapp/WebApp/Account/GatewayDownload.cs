using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;

namespace PatientNetwork.WebApp.Account;

/// <summary>
/// A document for the browser (a receipt's PDF, a run's manifest) fetched from the gateway with the signed-in staff
/// member's token. The token stays in the server-side cookie ticket, so a plain link cannot call the gateway itself;
/// the service behind it audits the read and applies its own rights, whose answer is passed on.
/// </summary>
public static class GatewayDownload
{
    public static async Task<IResult> FetchAsync(HttpContext http, IHttpClientFactory clients, IConfiguration configuration, string gatewayPath, Func<byte[], IResult> whenFound)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(whenFound);
        if (http.User.FindFirstValue(StaffCookie.TokenClaim) is not { } token)
        {
            return Results.LocalRedirect("/account/signed-out");
        }

        using var client = clients.CreateClient();
        client.BaseAddress = Extensions.WebAppExtensions.GatewayAddress(configuration);
        using var request = new HttpRequestMessage(HttpMethod.Get, gatewayPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, http.RequestAborted);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => whenFound(await response.Content.ReadAsByteArrayAsync(http.RequestAborted)),
            HttpStatusCode.Unauthorized => Results.LocalRedirect("/account/signed-out"),
            HttpStatusCode.NotFound => Results.NotFound(),
            HttpStatusCode.Forbidden => Results.Forbid(),
            _ => Results.StatusCode(StatusCodes.Status502BadGateway),
        };
    }
}
