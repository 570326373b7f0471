using FluentValidation;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Claims;
using PatientNetwork.Funding.Claims.Usage;
using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;
using PatientNetwork.Funding.Deaths;
using PatientNetwork.Funding.Donors;
using PatientNetwork.Funding.Equipment;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;
using PatientNetwork.Funding.Merges;
using PatientNetwork.Funding.Programmes;
using PatientNetwork.Funding.Receipts;
using PatientNetwork.Messaging;
using PatientNetwork.Persistence;
using PatientNetwork.Protection;
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
            bus.AddConsumer<FollowPatientWhenPatientUpdated>();
            bus.AddConsumer<SuspendCoverageWhenConsentWithdrawn>();
            bus.AddConsumer<ResumeCoverageWhenConsentGiven>();
            bus.AddConsumer<MergeCoverageAccountWhenPatientsMerged>();
            bus.AddConsumer<RecordDeathWhenPatientDeceased>();
            bus.AddEquipmentConsumers();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<FundingApi>();
        builder.Services.AddExceptionHandler<FundingConflictExceptionHandler>();
        builder.Services.Configure<ClaimOptions>(builder.Configuration.GetSection(ClaimOptions.Section));
        builder.Services.AddScoped<FundLedger>();
        builder.Services.AddScoped<ClaimEvaluator>();
        builder.Services.AddScoped<CoverageUsageBook>();
        builder.Services.Configure<CoverageDefaults>(builder.Configuration.GetSection(CoverageDefaults.Section));
        builder.Services.AddOptions<RetentionOptions>()
            .Bind(builder.Configuration.GetSection(RetentionOptions.Section))
            .Validate(options => options.IsValid, $"{RetentionOptions.Section}: Years and CheckEvery must be positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<RetentionHoldRelease>();
        builder.Services.AddScoped<FundingAuditTrail>();
        builder.Services.AddIdentityProtection(builder.Configuration);
        builder.Services.AddSingleton<DonorContacts>();
        builder.Services.Configure<ReceiptOptions>(builder.Configuration.GetSection(ReceiptOptions.Section));
        builder.Services.AddSingleton<ReceiptPdf>();
        builder.Services.AddEquipment();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuditApi.AuditPolicy, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(FundingPolicies.Claims, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator))
            .AddPolicy(FundingPolicies.Treasury, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(FundingPolicies.Gifts, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator))
            .AddPolicy(FundingPolicies.DonorsRead, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Volunteer))
            .AddPolicy(ProgrammesApi.ManagePolicy, policy => policy.RequireRole(StaffRoles.Admin))
            .AddEquipmentPolicies();
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<FundingDbContext>, DemoCoveragePoliciesSeeder>();
            builder.Services.AddScoped<IDatabaseSeeder<FundingDbContext>, DemoProgrammesSeeder>();
        }

        return builder;
    }
}
