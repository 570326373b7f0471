using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Merges;
using PatientNetwork.Messaging;
using PatientNetwork.Persistence;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Here rather than in the service defaults: the generator that puts the handlers' XML
        // documentation into the OpenAPI document only sees AddOpenApi calls in this project.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<FundingDbContext>("fundingdb");
        builder.AddMessaging<FundingDbContext>("funding", bus =>
        {
            bus.AddConsumer<OpenCoverageAccountWhenPatientRegistered>();
            bus.AddConsumer<SuspendCoverageWhenConsentWithdrawn>();
            bus.AddConsumer<ResumeCoverageWhenConsentGiven>();
            bus.AddConsumer<MergeCoverageAccountWhenPatientsMerged>();
        });
        builder.Services.Configure<CoverageDefaults>(builder.Configuration.GetSection(CoverageDefaults.Section));
        builder.Services.AddScoped<FundingAuditTrail>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuditApi.AuditPolicy, policy => policy.RequireRole(StaffRoles.Admin));
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<FundingDbContext>, DemoCoveragePoliciesSeeder>();
        }

        return builder;
    }
}
