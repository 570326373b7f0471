using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.Donations;

/// <summary>
/// A receipt's PDF for the browser. The token stays in the server-side cookie ticket, so a plain link cannot
/// call the gateway itself: this endpoint fetches the PDF with the staff member's token and hands it over.
/// Funding audits the read and refuses other associations' receipts.
/// </summary>
public static class ReceiptPdfEndpoint
{
    public static RouteHandlerBuilder MapReceiptPdf(this IEndpointRouteBuilder app) =>
        app.MapGet("/donations/receipts/{id:guid}/pdf", DownloadAsync).RequireAuthorization().ExcludeFromDescription();

    public static async Task<IResult> DownloadAsync(Guid id, HttpContext http, IHttpClientFactory clients, IConfiguration configuration)
    {
        if (http.User.FindFirstValue(StaffCookie.TokenClaim) is not { } token)
        {
            return Results.LocalRedirect("/account/signed-out");
        }

        using var client = clients.CreateClient();
        client.BaseAddress = Extensions.WebAppExtensions.GatewayAddress(configuration);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/funding/receipts/{id}/pdf");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, http.RequestAborted);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Results.File(await response.Content.ReadAsByteArrayAsync(http.RequestAborted), "application/pdf", $"receipt-{id}.pdf"),
            HttpStatusCode.Unauthorized => Results.LocalRedirect("/account/signed-out"),
            HttpStatusCode.NotFound => Results.NotFound(),
            HttpStatusCode.Forbidden => Results.Forbid(),
            _ => Results.StatusCode(StatusCodes.Status502BadGateway),
        };
    }
}
