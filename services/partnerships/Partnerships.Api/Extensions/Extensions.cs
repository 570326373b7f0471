using PatientNetwork.Messaging;
using PatientNetwork.Messaging.Persistence;
using PatientNetwork.Partnerships.Caching;
using PatientNetwork.Partnerships.Calendar;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Partners;
using PatientNetwork.Partnerships.Statistics;
using StackExchange.Redis;

namespace PatientNetwork.Partnerships.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PartnershipsDbContext>("partnershipsdb");
        builder.AddMessaging<PartnershipsDbContext>("partnerships", bus =>
        {
            bus.AddConsumer<CountPatientWhenPatientRegistered>();
            bus.AddConsumer<CountPatientWhenConsentGiven>();
            bus.AddConsumer<UncountPatientWhenConsentWithdrawn>();
            bus.AddConsumer<MoveCountedPatientWhenPatientUpdated>();
            bus.AddConsumer<UncountMergedPatientWhenPatientsMerged>();
            bus.AddConsumer<AddToPublicCalendarWhenEventScheduled>();
        });

        var redis = builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings:cache is not configured (the app host sets ConnectionStrings__cache).");
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisOptions(redis)));
        builder.Services.AddHealthChecks().AddRedis(services => services.GetRequiredService<IConnectionMultiplexer>(), "cache", tags: ["ready"]);
        builder.Services.AddSingleton<PublicReadCache>();
        builder.Services.Configure<StatisticsOptions>(builder.Configuration.GetSection(StatisticsOptions.Section));

        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<PartnershipsDbContext>, DemoPartnersSeeder>();
        }

        return builder;
    }

    private static ConfigurationOptions RedisOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        return options;
    }
}
