namespace PatientNetwork.Notifications.Sms;

/// <summary>
/// SMS settings from the "Sms" section. <see cref="SinkDirectory"/> set (by the app host, for local runs and tests)
/// selects <see cref="LocalSmsSink"/>; otherwise <see cref="Provider"/> names the production adapter
/// (<c>infobip</c>: Sms__Provider, Sms__BaseUrl, Sms__ApiKey, Sms__SenderId). With neither, sends are refused and wait.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>The <see cref="Provider"/> value that selects <see cref="Infobip.InfobipSmsSender"/>.</summary>
    public const string InfobipProvider = "infobip";

    /// <summary>Folder where the local sink writes one JSON file per message.</summary>
    public string? SinkDirectory { get; set; }

    /// <summary>The provider's name, for the adapter that is registered for it.</summary>
    public string? Provider { get; set; }

    /// <summary>The provider's API address, e.g. https://xxxxx.api.infobip.com/ (each Infobip account has its own).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The provider's API key, from the secret store; never in the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender name shown on the phone (registered with the provider).</summary>
    public string SenderId { get; set; } = "PatientNet";

    /// <summary>How long one hand-over may take before the attempt counts as failed (and is retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool UsesInfobip => string.Equals(Provider, InfobipProvider, StringComparison.OrdinalIgnoreCase);

    public bool IsInfobipConfigured => UsesInfobip && BaseUrl is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(ApiKey);
}
