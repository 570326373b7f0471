using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Calendar;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Extensions;
using PatientNetwork.Partnerships.PartnerDocument;
using PatientNetwork.Partnerships.Partners;
using PatientNetwork.Partnerships.Referrals;
using PatientNetwork.Partnerships.Statistics;
using PatientNetwork.Partnerships.Webhooks;
using PatientNetwork.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapPartnersApi();
app.MapPartnerCredentialsApi();
app.MapAgreementsApi();
app.MapPartnerTokenApi();
app.MapPartnerReferralsApi();
app.MapStaffReferralsApi();
app.MapPublicStatisticsApi();
app.MapAssociationCountsApi();
app.MapPublicCalendarApi();
app.MapPartnerWebhooksApi();
app.MapStaffWebhooksApi();
app.MapPartnerOpenApi();

app.Run();
