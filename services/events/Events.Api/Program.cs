using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Extensions;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapAwarenessEventsApi();

app.Run();
