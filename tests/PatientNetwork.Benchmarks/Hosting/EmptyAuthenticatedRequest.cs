using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PatientNetwork.Benchmarks.Hosting;

/// <summary>
/// A request that is authenticated and authorised like every staff request and then does nothing: the
/// floor under every endpoint of the hosted Registry. It is answered after the Registry's whole pipeline
/// (security headers, error handling, JWT validation, routing and the fallback policy, which requires a
/// signed-in user on any path no endpoint claims), so the Registry's code needs no endpoint for it.
/// </summary>
public sealed class EmptyAuthenticatedRequest : IStartupFilter
{
    public const string Path = "/benchmark/empty";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Run(context =>
        {
            context.Response.StatusCode = context.Request.Path == Path ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    };
}
