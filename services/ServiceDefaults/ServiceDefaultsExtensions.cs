using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PatientNetwork.ServiceDefaults.Text;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>What every PatientNetwork service gets: telemetry, health, discovery, resilience, errors, staff auth, what every OpenAPI document says (each service adds its document).</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddProblemDetailsDefaults();
        builder.AddJsonDefaults();
        builder.AddValidationDefaults();
        builder.AddStaffAuthentication();
        builder.AddOpenApiDefaults();
        return builder;
    }

    /// <summary>Security headers, health probes, OpenAPI document, the error pipeline and the refusal of control characters in query strings, mapped the same way in every service.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ControlCharacterGuardMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ConditionalGet.ConditionalGetMiddleware>();
        app.MapHealthEndpoints();
        app.MapOpenApiEndpoints();
        return app;
    }
}
