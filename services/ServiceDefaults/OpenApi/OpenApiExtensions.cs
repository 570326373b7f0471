using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PatientNetwork.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>What every service's OpenAPI document says the same way: the staff bearer scheme and the 401, 403 and 503 answers.</summary>
    private static void AddOpenApiDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, StandardProblemResponses>());
        builder.Services.ConfigureAll<OpenApiOptions>(options =>
        {
            options.AddDocumentTransformer<StaffBearerSecurity>();
            options.AddOperationTransformer<StaffBearerSecurity>();
        });
    }

    /// <summary>The OpenAPI document is public (it documents, it does not disclose data); the browsable reference is for development.</summary>
    private static void MapOpenApiEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }
    }
}
