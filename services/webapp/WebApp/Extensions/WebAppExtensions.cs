using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Http.Resilience;
using MudBlazor.Services;
using PatientNetwork.ServiceDefaults;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.BloodDrives;
using PatientNetwork.WebApp.Donations;
using PatientNetwork.WebApp.Equipment;
using PatientNetwork.WebApp.Events;
using PatientNetwork.WebApp.Funding;
using PatientNetwork.WebApp.Localization;
using PatientNetwork.WebApp.Partnerships;
using PatientNetwork.WebApp.Registry;
using PatientNetwork.WebApp.Staff;
using PatientNetwork.WebApp.Statistics;
using StackExchange.Redis;

namespace PatientNetwork.WebApp.Extensions;

public static class WebAppExtensions
{
    /// <summary>The key under which every instance of the web app keeps its Data Protection key ring in the shared Redis.</summary>
    public const string DataProtectionKeys = "webapp:data-protection-keys";

    public static IHostApplicationBuilder AddWebAppServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // MapDefaultEndpoints maps an OpenAPI document for every service; the web app's is empty (it has no API of its own).
        services.AddOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();

        builder.AddRedisConnection("cache");
        // One key ring for every instance and restart, so a cookie or an anti-forgery token written by one is read by another.
        services.AddDataProtection().SetApplicationName("PatientNetwork.WebApp");
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeys));

        services.Configure<Account.SessionOptions>(builder.Configuration.GetSection(Account.SessionOptions.Section));
        var session = builder.Configuration.GetSection(Account.SessionOptions.Section).Get<Account.SessionOptions>() ?? new Account.SessionOptions();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultAuthenticateScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = StaffCookie.Name;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.LoginPath = "/account/sign-in";
                cookie.LogoutPath = "/account/sign-out";
                cookie.AccessDeniedPath = "/";
                cookie.ExpireTimeSpan = session.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = StaffCookie.RejectExpiredTokenAsync;
            });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "pn.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages.Default.Culture.Name)
                .AddSupportedCultures([.. Languages.All.Select(l => l.Culture.Name)])
                .AddSupportedUICultures([.. Languages.All.Select(l => l.Culture.Name)]);
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = Languages.CookieName }, new AcceptLanguageHeaderRequestCultureProvider()];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });

        // The gateway is in front: believe its X-Forwarded-For (loopback by default, else ForwardedHeaders:KnownProxies).
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").GetChildren())
            {
                if (IPAddress.TryParse(proxy.Value, out var address))
                {
                    options.KnownProxies.Add(address);
                }
            }
        });

        services.AddScoped<StaffSession>();
        services.AddScoped<SessionActivity>();
        services.AddScoped<CircuitHandler, SessionActivityCircuitHandler>();
        services.AddSingleton<ReferenceRegions>();
        services.AddSingleton<ReferenceDiagnoses>();
        services.AddSingleton<PendingSignIns>();

        // A sign-in, a registration or an approval is never sent twice by the resilience pipeline:
        // a retried failed sign-in would count twice against the gateway's limits.
        services.ConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.DisableForUnsafeHttpMethods());
        var gateway = GatewayAddress(builder.Configuration);
        services.AddHttpClient<SignInClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<AccountClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<RegistryClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<FundingClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<DonationsClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<EquipmentClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<EventsClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<BloodDrivesClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<StatisticsClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<PartnershipsClient>(http => http.BaseAddress = gateway);
        services.AddHttpClient<StaffAccountsClient>(http => http.BaseAddress = gateway);
        return builder;
    }

    /// <summary>The gateway's address, from Aspire-style service discovery configuration (<c>services:gateway:http:0</c>).</summary>
    public static Uri GatewayAddress(IConfiguration configuration) =>
        new(configuration["services:gateway:http:0"]
            ?? throw new InvalidOperationException("services:gateway:http:0 is not configured (the app host sets services__gateway__http__0)."));
}
