using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Messaging;
using PatientNetwork.Messaging.Persistence;

namespace PatientNetwork.Funding.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext>("fundingdb");
        builder.AddMessaging<FundingDbContext>("funding", bus => bus.AddConsumer<OpenCoverageAccountWhenPatientRegistered>());
        builder.Services.Configure<CoverageDefaults>(builder.Configuration.GetSection(CoverageDefaults.Section));
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<FundingDbContext>, DemoCoveragePoliciesSeeder>();
        }

        return builder;
    }
}
