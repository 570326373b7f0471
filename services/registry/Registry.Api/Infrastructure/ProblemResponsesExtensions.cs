using Microsoft.AspNetCore.Mvc;

namespace PatientNetwork.Registry.Infrastructure;

public static class ProblemResponsesExtensions
{
    /// <summary>
    /// Lists, in the OpenAPI document of every endpoint of the group, problems answered around its
    /// handlers: by authentication (401), authorization (403), the status-code pages that turn a
    /// handler's body-less 404 into a problem, and the busy-database handler (503 with Retry-After).
    /// Added after the handlers' own metadata, so a problem replaces the body-less response a
    /// <c>NotFound</c> result declares for the same status.
    /// </summary>
    public static RouteGroupBuilder ProducesProblems(this RouteGroupBuilder group, params int[] statusCodes)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            foreach (var statusCode in statusCodes)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return group;
    }
}
