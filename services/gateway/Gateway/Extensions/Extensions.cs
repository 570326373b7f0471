using FluentValidation;
using Microsoft.AspNetCore.Identity;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Proxy;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.Persistence;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Here rather than in the service defaults: the generator that puts the handlers' XML
        // documentation into the OpenAPI document only sees AddOpenApi calls in this project.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<GatewayDbContext>("gatewaydb");

        builder.AddRedisConnection("cache");

        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddSingleton<RedisFixedWindowLimiter>();
        builder.Services.AddSingleton<SignInLimiter>();

        builder.Services.Configure<SigningKeyOptions>(builder.Configuration.GetSection(SigningKeyOptions.Section));
        builder.Services.AddSingleton<StaffTokenIssuer>();
        builder.Services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        builder.Services.AddSingleton<StaffPasswords>();
        builder.Services.AddValidatorsFromAssemblyContaining<GatewayApp>();

        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<GatewayDbContext>, DemoStaffSeeder>();
        }

        var trustedProxies = TrustedProxies.Read(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(trustedProxies.ApplyTo);

        builder.Services.AddReverseProxy().LoadFromMemory(ProxyRoutes.Routes(), ProxyRoutes.Clusters(builder.Configuration));
        return builder;
    }
}
