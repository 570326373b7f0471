using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientNetwork.Notifications.Mail;
using PatientNetwork.Notifications.Sms;
using PatientNetwork.Notifications.Sms.Infobip;

namespace PatientNetwork.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/> (SMTP through MailKit, from the "Smtp" section) and <see cref="ISmsSender"/>
    /// (the local sink when Sms:SinkDirectory is set, else the provider named by Sms:Provider, else one that refuses
    /// until a provider is configured). A service may register its own <see cref="ISmsSender"/> before calling this.
    /// </summary>
    public static IServiceCollection AddNotificationSenders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.Section))
            .Validate(sms => !sms.UsesInfobip || sms.IsInfobipConfigured, $"{SmsOptions.Section}:Provider is {SmsOptions.InfobipProvider}: set {SmsOptions.Section}:BaseUrl (an absolute https address) and {SmsOptions.Section}:ApiKey.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmsOptions.Section}:{nameof(SmsOptions.SinkDirectory)}"]))
        {
            services.TryAddSingleton<ISmsSender, LocalSmsSink>();
        }
        else if (string.Equals(configuration[$"{SmsOptions.Section}:{nameof(SmsOptions.Provider)}"], SmsOptions.InfobipProvider, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<ISmsSender, InfobipSmsSender>();
        }
        else
        {
            services.TryAddSingleton<ISmsSender, UnconfiguredSmsSender>();
        }

        return services;
    }
}
