using FluentValidation;
using Microsoft.AspNetCore.Identity;
using PatientNetwork.Gateway.Accounts;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Me;
using PatientNetwork.Gateway.Passwords;
using PatientNetwork.Gateway.Proxy;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.Gateway.TwoFactor;
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
        builder.Services.Configure<StaffSessionOptions>(builder.Configuration.GetSection(StaffSessionOptions.Section));
        builder.Services.Configure<TwoFactorOptions>(builder.Configuration.GetSection(TwoFactorOptions.Section));
        builder.Services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));
        builder.Services.Configure<FirstAdminOptions>(builder.Configuration.GetSection(FirstAdminOptions.Section));
        builder.Services.AddSingleton<StaffTokenIssuer>();
        builder.Services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        builder.Services.AddSingleton<StaffPasswords>();
        builder.Services.AddSingleton(PasswordPolicy.Shipped());
        builder.Services.AddSingleton<TotpSecretProtector>();
        builder.Services.AddScoped<SessionStore>();
        builder.Services.AddScoped<OneTimeCodes>();
        builder.Services.AddScoped<StaffAuditTrail>();
        builder.Services.AddScoped<GatewayDbContextAccess>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddExceptionHandler<StaffAccountRuleExceptionHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffAccountsApi.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Admin));
        builder.Services.AddValidatorsFromAssemblyContaining<GatewayApp>();

        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<GatewayDbContext>, DemoStaffSeeder>();
        }

        builder.Services.AddScoped<IDatabaseSeeder<GatewayDbContext>, FirstAdminSeeder>();

        var trustedProxies = TrustedProxies.Read(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(trustedProxies.ApplyTo);

        builder.Services.AddReverseProxy().LoadFromMemory(ProxyRoutes.Routes(), ProxyRoutes.Clusters(builder.Configuration));
        return builder;
    }
}
