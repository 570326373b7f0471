using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PatientNetwork.ServiceDefaults.OpenApi;

/// <summary>
/// Declares the staff token (a JWT issued by the gateway's <c>POST /auth/token</c>) as the document's
/// bearer scheme and marks every operation that needs it, so a generated client knows which calls
/// carry the token and which are public.
/// </summary>
internal sealed class StaffBearerSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "StaffBearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A staff token from the gateway's POST /auth/token, sent as Authorization: Bearer <token>.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (StandardProblemResponses.RequiresStaffToken(context.Description))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
