using PatientNetwork.Gateway.Accounts;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Extensions;
using PatientNetwork.Gateway.Me;
using PatientNetwork.Gateway.Passwords;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.TwoFactor;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

// First, so the rate limit and the traces see the client's address, not the proxy's (see TrustedProxies).
app.UseForwardedHeaders();
app.MapDefaultEndpoints();
// After authentication: a token whose session ended is refused before any route or proxy sees it.
app.UseMiddleware<SessionCheckMiddleware>();
app.UseMiddleware<RateLimitMiddleware>();
app.MapTokenApi();
app.MapTwoFactorApi();
app.MapPasswordCodesApi();
app.MapMeApi();
app.MapStaffAccountsApi();
app.MapStaffAuditApi();
app.MapReverseProxy();

app.Run();
