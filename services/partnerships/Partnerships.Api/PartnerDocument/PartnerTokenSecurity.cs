using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PatientNetwork.Partnerships.Credentials;

namespace PatientNetwork.Partnerships.PartnerDocument;

/// <summary>
/// Declares the partner token (OAuth2 client credentials at <see cref="PartnerTokenApi.TokenPath"/>) and marks each
/// operation behind a partner policy with it and the scope it needs, in place of the staff bearer the service defaults
/// put on every authenticated operation. In the partner document, the staff scheme is removed altogether.
/// </summary>
internal sealed class PartnerTokenSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "PartnerToken";
    private const string StaffSchemeName = "StaffBearer";
    private const string PolicyPrefix = "partner";

    private static readonly Dictionary<string, string> ScopeMeanings = new()
    {
        [PartnerScopes.StatisticsRead] = "Read the de-identified statistics releases.",
        [PartnerScopes.CalendarRead] = "Read the public calendar.",
        [PartnerScopes.ReferralsWrite] = "Refer a child or a patient to the association.",
        [PartnerScopes.ReferralsRead] = "Follow the status of your own referrals.",
        [PartnerScopes.WebhooksManage] = "Manage your webhook subscriptions.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "A partner token: POST client_id and client_secret (grant_type=client_credentials) to the token address; send it as Authorization: Bearer <token>.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(PartnerTokenApi.TokenPath, UriKind.Relative),
                    Scopes = PartnerScopes.All.ToDictionary(scope => scope, scope => ScopeMeanings.GetValueOrDefault(scope, scope)),
                },
            },
        };
        if (context.DocumentName == PartnerOpenApi.DocumentName)
        {
            document.Components.SecuritySchemes.Remove(StaffSchemeName);
            document.Info = new OpenApiInfo
            {
                Title = "PatientNetwork partner API",
                Version = "v1",
                Description = "For partners of the associations (hospitals, medical societies, patient organisations): statistics, the public calendar, referrals. Guide: docs/partner-api.md.",
            };
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Select(data => data.Policy)
            .Where(policy => policy is not null && policy.StartsWith(PolicyPrefix, StringComparison.Ordinal))
            .ToList();
        if (policies.Count == 0)
        {
            return Task.CompletedTask;
        }

        var scopes = policies.Select(policy => policy!.Split(':', 2)).Where(parts => parts.Length == 2).Select(parts => parts[1]).ToList();
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes }];
        Describe(operation, "401", "No valid partner token: missing, expired, or its credential revoked.");
        Describe(operation, "403", scopes.Count == 0 ? "Not a partner token." : $"The token lacks the scope {string.Join(", ", scopes)}.");
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiOperation operation, string status, string meaning)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse writable)
        {
            writable.Description = meaning;
        }
    }
}
