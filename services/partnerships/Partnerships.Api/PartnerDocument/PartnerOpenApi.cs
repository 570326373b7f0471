using Microsoft.AspNetCore.OpenApi;

namespace PatientNetwork.Partnerships.PartnerDocument;

/// <summary>
/// The partner API's own OpenAPI document: only <c>/public/v1</c>, with the partner token (OAuth2 client credentials
/// and its scopes) as its security, served under <c>/public/v1</c> so a partner reaches it through the gateway
/// without a staff account. The service's full document (<c>/openapi/v1.json</c>) stays as it is, for staff and tests.
/// </summary>
public static class PartnerOpenApi
{
    public const string DocumentName = "partners";

    /// <summary>The document's address, through the gateway as directly.</summary>
    public const string Path = $"/public/v1/openapi/{DocumentName}.json";

    public static bool IsPartnerOperation(string? relativePath) =>
        relativePath is not null && relativePath.StartsWith("public/v1/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Maps the partner document only: the pattern's constraint keeps the staff document off the public prefix.</summary>
    public static IEndpointConventionBuilder MapPartnerOpenApi(this WebApplication app) =>
        app.MapOpenApi($"/public/v1/openapi/{{documentName:regex(^{DocumentName}$)}}.json").AllowAnonymous();

    /// <summary>Both documents mark partner operations with the partner token rather than the staff bearer.</summary>
    public static OpenApiOptions AddPartnerTokenSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer<PartnerTokenSecurity>();
        options.AddOperationTransformer<PartnerTokenSecurity>();
        return options;
    }
}
