using FluentValidation;
using PatientNetwork.Messaging;
using PatientNetwork.Persistence;
using PatientNetwork.Protection;
using PatientNetwork.Registry.Associations;
using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.Registry.Protection;
using PatientNetwork.Registry.ReferenceData;
using PatientNetwork.Registry.Referrals;
using PatientNetwork.Registry.Rights;
using PatientNetwork.Registry.Search;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Here rather than in the service defaults: the generator that puts the handlers' XML
        // documentation into the OpenAPI document only sees AddOpenApi calls in this project.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<RegistryDbContext>("registrydb");
        builder.AddMessaging<RegistryDbContext>("registry", bus =>
        {
            bus.AddConsumer<TrackRetentionHoldWhenChanged>();
            bus.AddConsumer<RecordIntakeWhenReferralAccepted>();
            bus.AddConsumer<DismissIntakeWhenReferralCancelled>();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<RegistryApi>();
        builder.Services.AddIdentityProtection(builder.Configuration);
        builder.Services.AddSingleton(_ => ReferenceCatalog.Load());
        builder.Services.AddSingleton<PatientIdentityProtector>();
        builder.Services.AddHostedService<IdentifierReEncryption>();
        builder.Services.AddHostedService<NameIndexBackfill>();
        builder.Services.AddScoped<PatientAuditTrail>();
        builder.Services.Configure<BreakGlassOptions>(builder.Configuration.GetSection(BreakGlassOptions.Section));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PatientAccess.RegisterPolicy, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Doctor))
            .AddPolicy(PatientAccess.ConsentPolicy, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator))
            .AddPolicy(PatientAccess.BreakGlassPolicy, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Doctor))
            .AddPolicy(PatientAccess.AuditPolicy, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(RightsApi.RightsPolicy, policy => policy.RequireRole(StaffRoles.Admin));
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, DemoAssociationsSeeder>();
        }

        return builder;
    }
}
