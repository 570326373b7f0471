using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace PatientNetwork.ServiceDefaults.OpenApi;

/// <summary>
/// Adds the answers every operation can give without saying so itself: 401 and 403 where a staff
/// token is required, 503 (with <c>Retry-After</c>) wherever the database can be too busy. Done once
/// here, on the API descriptions the OpenAPI document is generated from, so a new endpoint is
/// documented like the others and the problem body is the same <see cref="ProblemDetails"/> schema.
/// </summary>
internal sealed class StandardProblemResponses : IApiDescriptionProvider
{
    // After the framework's providers (order 0), so their response types are there to be kept.
    public int Order => 1000;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            if (RequiresStaffToken(description))
            {
                AddIfMissing(description, StatusCodes.Status401Unauthorized, "No valid staff token: missing, expired, signed out or forged.");
                AddIfMissing(description, StatusCodes.Status403Forbidden, "The staff member's role does not allow this operation.");
            }

            AddIfMissing(description, StatusCodes.Status503ServiceUnavailable, "The service is busy or its database is unavailable; nothing was changed. Retry after the Retry-After header's seconds.");
        }
    }

    public static bool RequiresStaffToken(ApiDescription description) =>
        !description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    private static void AddIfMissing(ApiDescription description, int statusCode, string meaning)
    {
        if (description.SupportedResponseTypes.Any(response => response.StatusCode == statusCode))
        {
            return;
        }

        description.SupportedResponseTypes.Add(new ApiResponseType
        {
            StatusCode = statusCode,
            Type = typeof(ProblemDetails),
            Description = meaning,
            ApiResponseFormats = [new ApiResponseFormat { MediaType = "application/problem+json" }],
        });
    }
}
