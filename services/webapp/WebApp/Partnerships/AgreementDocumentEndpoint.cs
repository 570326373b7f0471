using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.Partnerships;

/// <summary>
/// An agreement's signed PDF for the browser, fetched with the staff member's token (<see cref="GatewayDownload"/>).
/// Partnerships audits the download and answers only admins and coordinators of the partner's association.
/// </summary>
public static class AgreementDocumentEndpoint
{
    public static string PathOf(string partnerId, Guid agreementId) => $"/partners/{Uri.EscapeDataString(partnerId)}/agreements/{agreementId}/document";

    public static RouteHandlerBuilder MapAgreementDocument(this IEndpointRouteBuilder app) =>
        app.MapGet("/partners/{id:guid}/agreements/{agreementId:guid}/document", DownloadAsync).RequireAuthorization().ExcludeFromDescription();

    public static Task<IResult> DownloadAsync(Guid id, Guid agreementId, HttpContext http, IHttpClientFactory clients, IConfiguration configuration) =>
        GatewayDownload.FetchAsync(http, clients, configuration, $"/api/partnerships/partners/{id}/agreements/{agreementId}/document",
            pdf => Results.File(pdf, "application/pdf", $"agreement-{agreementId}.pdf"));
}
