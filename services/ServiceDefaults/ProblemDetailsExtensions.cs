using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>
    /// Every error is an RFC 9457 problem, carrying the bare trace id ops search for. Bad request bodies throw (instead of the silent default)
    /// so <see cref="BadRequestExceptionHandler"/> can name the offending field.
    /// </summary>
    public static TBuilder AddProblemDetailsDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context =>
                context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString());
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        return builder;
    }
}
