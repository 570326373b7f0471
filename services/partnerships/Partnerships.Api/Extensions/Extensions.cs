using FluentValidation;
using PatientNetwork.Messaging;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Calendar;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.PartnerDocument;
using PatientNetwork.Partnerships.Partners;
using PatientNetwork.Partnerships.Referrals;
using PatientNetwork.Partnerships.Statistics;
using PatientNetwork.Partnerships.Statistics.Releases;
using PatientNetwork.Partnerships.Webhooks;
using PatientNetwork.Persistence;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Here rather than in the service defaults: the generator that puts the handlers' XML
        // documentation into the OpenAPI document only sees AddOpenApi calls in this project.
        builder.Services.AddOpenApi(options => options.AddPartnerTokenSecurity());
        builder.Services.AddOpenApi(PartnerOpenApi.DocumentName, options =>
        {
            options.ShouldInclude = description => PartnerOpenApi.IsPartnerOperation(description.RelativePath);
            options.AddPartnerTokenSecurity();
        });
        builder.AddServiceDatabase<PartnershipsDbContext>("partnershipsdb");
        builder.AddMessaging<PartnershipsDbContext>("partnerships", bus =>
        {
            bus.AddConsumer<CountPatientWhenPatientRegistered>();
            bus.AddConsumer<CountPatientWhenConsentGiven>();
            bus.AddConsumer<UncountPatientWhenConsentWithdrawn>();
            bus.AddConsumer<MoveCountedPatientWhenPatientUpdated>();
            bus.AddConsumer<UncountMergedPatientWhenPatientsMerged>();
            bus.AddConsumer<AddToPublicCalendarWhenEventScheduled>();
            bus.AddConsumer<AddToPublicCalendarWhenEventPublished>();
            bus.AddConsumer<UpdatePublicCalendarWhenEventChanged>();
            bus.AddConsumer<MarkCancelledOnPublicCalendarWhenEventCancelled>();
            bus.AddConsumer<AddSeriesToPublicCalendarWhenSeriesPublished>();
            bus.AddConsumer<ShowFreePlacesWhenDriveSlotsChanged>();
            bus.AddConsumer<StartReferralWhenRegistered>();
        });

        builder.AddRedisConnection("cache");
        builder.AddPartnerCredentials();
        builder.AddAgreements();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PartnerCredentialsApi.AdminPolicy, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(StaffReferralsApi.CoordinatorPolicy, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator));
        builder.Services.AddFieldEncryption(builder.Configuration);
        builder.Services.AddValidatorsFromAssemblyContaining<PartnershipsApi>();
        builder.Services.AddSingleton<PublicReadCache>();
        builder.Services.Configure<StatisticsOptions>(builder.Configuration.GetSection(StatisticsOptions.Section));
        builder.Services.Configure<ReleaseOptions>(builder.Configuration.GetSection(ReleaseOptions.Section));
        builder.Services.AddScoped<StatisticsReleaser>();
        builder.Services.AddHostedService<StatisticsReleaseSchedule>();
        builder.AddWebhooks();

        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<PartnershipsDbContext>, DemoPartnersSeeder>();
        }

        return builder;
    }

}
