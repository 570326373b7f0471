using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Campaigns;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Donors;
using PatientNetwork.Funding.Equipment;
using PatientNetwork.Funding.Extensions;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Payouts;
using PatientNetwork.Funding.Pledges;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.Funding.Receipts;
using PatientNetwork.Funding.Reports;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCoverageApi();
app.MapStatementApi();
app.MapProgrammesApi();
app.MapClaimsApi();
app.MapPayoutsApi();
app.MapLedgerApi();
app.MapReportsApi();
app.MapAuditApi();
app.MapDonorsApi();
app.MapDonationsApi();
app.MapGiftReportsApi();
app.MapReceiptsApi();
app.MapCampaignsApi();
app.MapPledgesApi();
app.MapEquipmentApi();

app.Run();
