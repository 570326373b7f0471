namespace PatientNetwork.Partnerships.Webhooks;

public static class WebhooksExtensions
{
    /// <summary>The options, the signed sender with its guarded client, and the dispatcher that works the delivery outbox.</summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.Section));
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
