using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.Donations;

/// <summary>
/// A receipt's PDF for the browser, fetched with the staff member's token (<see cref="GatewayDownload"/>).
/// Funding audits the read and refuses other associations' receipts.
/// </summary>
public static class ReceiptPdfEndpoint
{
    public static RouteHandlerBuilder MapReceiptPdf(this IEndpointRouteBuilder app) =>
        app.MapGet("/donations/receipts/{id:guid}/pdf", DownloadAsync).RequireAuthorization().ExcludeFromDescription();

    public static Task<IResult> DownloadAsync(Guid id, HttpContext http, IHttpClientFactory clients, IConfiguration configuration) =>
        GatewayDownload.FetchAsync(http, clients, configuration, $"/api/funding/receipts/{id}/pdf",
            pdf => Results.File(pdf, "application/pdf", $"receipt-{id}.pdf"));
}
