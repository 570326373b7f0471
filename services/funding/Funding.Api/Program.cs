using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Extensions;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCoverageApi();
app.MapAuditApi();

app.Run();
