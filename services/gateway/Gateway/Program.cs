using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Extensions;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

// First, so the rate limit and the traces see the client's address, not the proxy's (see TrustedProxies).
app.UseForwardedHeaders();
app.MapDefaultEndpoints();
app.UseMiddleware<RateLimitMiddleware>();
app.MapTokenApi();
app.MapReverseProxy();

app.Run();
