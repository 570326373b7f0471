using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientNetwork.Notifications.Mail;
using PatientNetwork.Notifications.Sms;

namespace PatientNetwork.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/> (SMTP through MailKit, from the "Smtp" section) and <see cref="ISmsSender"/>
    /// (the local sink when Sms:SinkDirectory is set, else one that refuses until a provider is configured). A service
    /// with a provider's adapter registers its own <see cref="ISmsSender"/> before calling this.
    /// </summary>
    public static IServiceCollection AddNotificationSenders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<SmsOptions>(configuration.GetSection(SmsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmsOptions.Section}:{nameof(SmsOptions.SinkDirectory)}"]))
        {
            services.TryAddSingleton<ISmsSender, LocalSmsSink>();
        }
        else
        {
            services.TryAddSingleton<ISmsSender, UnconfiguredSmsSender>();
        }

        return services;
    }
}
