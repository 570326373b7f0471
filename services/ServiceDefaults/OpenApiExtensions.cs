using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
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
