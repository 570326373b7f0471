using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Extensions;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseMiddleware<RateLimitMiddleware>();
app.MapTokenApi();
app.MapReverseProxy();

app.Run();
