using PatientNetwork.ServiceDefaults;
using PatientNetwork.WebApp.Account;
using PatientNetwork.WebApp.BloodDrives;
using PatientNetwork.WebApp.Components;
using PatientNetwork.WebApp.Donations;
using PatientNetwork.WebApp.Extensions;
using PatientNetwork.WebApp.Partnerships;
using PatientNetwork.WebApp.Registry;
using PatientNetwork.WebApp.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebAppServices();

var app = builder.Build();

// The gateway is the web app's only caller: its X-Forwarded-For names the browser (see WebAppExtensions).
app.UseForwardedHeaders();
app.UseContentSecurityPolicy();
app.MapDefaultEndpoints();
app.UseRequestLocalization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAccountEndpoints();
app.MapReceiptPdf();
app.MapBloodDriveManifest();
app.MapAgreementDocument();
app.MapPatientExport();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
