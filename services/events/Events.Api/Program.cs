using PatientNetwork.Events.Audit;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.BloodDrives.DriveDay;
using PatientNetwork.Events.BloodDrives.Reports;
using PatientNetwork.Events.BloodDrives.Transport;
using PatientNetwork.Events.CheckIn;
using PatientNetwork.Events.Extensions;
using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Programme;
using PatientNetwork.Events.Registrations;
using PatientNetwork.Events.Reports;
using PatientNetwork.Events.Series;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapAwarenessEventsApi();
app.MapProgrammeApi();
app.MapRegistrationsApi();
app.MapPublicRegistrationsApi();
app.MapCheckInApi();
app.MapSeriesApi();
app.MapEventsAuditApi();
app.MapReportsApi();
app.MapNotificationsApi();
app.MapBloodDrivesApi();
app.MapBloodDriveBookingsApi();
app.MapPublicBloodDrivesApi();
app.MapBloodDriveTransportApi();
app.MapBloodDriveManifestsApi();
app.MapBloodDriveDayApi();
app.MapBloodDriveReportsApi();

app.Run();
