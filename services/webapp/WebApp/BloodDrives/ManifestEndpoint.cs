using PatientNetwork.WebApp.Account;

namespace PatientNetwork.WebApp.BloodDrives;

/// <summary>
/// A run's printable manifest for the browser: Events' HTML manifest, fetched with the staff member's token
/// (<see cref="GatewayDownload"/>). Events audits the read and answers only the drive's organisers and the run's driver.
/// </summary>
public static class ManifestEndpoint
{
    public static RouteHandlerBuilder MapBloodDriveManifest(this IEndpointRouteBuilder app) =>
        app.MapGet("/blood-drives/{id:guid}/runs/{runId:guid}/manifest", PrintAsync).RequireAuthorization().ExcludeFromDescription();

    public static Task<IResult> PrintAsync(Guid id, Guid runId, HttpContext http, IHttpClientFactory clients, IConfiguration configuration) =>
        GatewayDownload.FetchAsync(http, clients, configuration, $"/api/events/blood-drives/{id}/runs/{runId}/manifest?format=html",
            html => Results.Bytes(html, "text/html; charset=utf-8"));
}
