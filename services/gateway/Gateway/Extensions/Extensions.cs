using FluentValidation;
using Microsoft.AspNetCore.Identity;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Proxy;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.Messaging.Persistence;
using StackExchange.Redis;

namespace PatientNetwork.Gateway.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<GatewayDbContext>("gatewaydb");

        var redis = builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings:cache is not configured (the app host sets ConnectionStrings__cache).");
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddHealthChecks().AddRedis(services => services.GetRequiredService<IConnectionMultiplexer>(), "cache", tags: ["ready"]);

        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddSingleton<RedisFixedWindowLimiter>();

        builder.Services.Configure<SigningKeyOptions>(builder.Configuration.GetSection(SigningKeyOptions.Section));
        builder.Services.AddSingleton<StaffTokenIssuer>();
        builder.Services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        builder.Services.AddValidatorsFromAssemblyContaining<GatewayApp>();

        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<GatewayDbContext>, DemoStaffSeeder>();
        }

        builder.Services.AddReverseProxy().LoadFromMemory(ProxyRoutes.Routes(), ProxyRoutes.Clusters(builder.Configuration));
        return builder;
    }
}
