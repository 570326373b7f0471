using PatientNetwork.Notifications;

namespace PatientNetwork.Partnerships.Agreements;

public static class AgreementsExtensions
{
    /// <summary>The scope cap read by credentials, tokens and the partner-call gate, the renewal job and its reminder mail.</summary>
    public static IHostApplicationBuilder AddAgreements(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AgreementOptions>(builder.Configuration.GetSection(AgreementOptions.Section));
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PartnerScopeCap>();
        builder.Services.AddScoped<AgreementRenewals>();
        builder.Services.AddHostedService<AgreementRenewalSchedule>();
        builder.Services.AddNotificationSenders(builder.Configuration);
        builder.Services.AddScoped<RenewalReminderMailer>();
        builder.Services.AddHostedService<RenewalMailSchedule>();
        return builder;
    }
}
