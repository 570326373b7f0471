using PatientNetwork.Registry.Associations;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Extensions;
using PatientNetwork.Registry.Imports;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.Referrals;
using PatientNetwork.Registry.Rights;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapImportsApi();
app.MapPatientsApi();
app.MapAssociationsApi();
app.MapAuditApi();
app.MapRightsApi();
app.MapReferralIntakesApi();

app.Run();
