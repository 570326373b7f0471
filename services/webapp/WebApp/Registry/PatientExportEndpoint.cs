using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.Registry;

/// <summary>
/// A patient's right-of-access export as a JSON file to hand to the parent, fetched with the staff member's token
/// (<see cref="GatewayDownload"/>). The Registry answers admins only and audits the export.
/// </summary>
public static class PatientExportEndpoint
{
    public static string PathOf(Guid patientId) => $"/patients/{patientId}/export.json";

    public static RouteHandlerBuilder MapPatientExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/patients/{id:guid}/export.json", DownloadAsync).RequireAuthorization().ExcludeFromDescription();

    public static Task<IResult> DownloadAsync(Guid id, HttpContext http, IHttpClientFactory clients, IConfiguration configuration) =>
        GatewayDownload.FetchAsync(http, clients, configuration, $"/api/registry/patients/{id}/export",
            json => Results.File(json, "application/json", $"patient-{id}-export.json"));
}
