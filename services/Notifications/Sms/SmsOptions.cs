namespace PatientNetwork.Notifications.Sms;

/// <summary>
/// SMS settings from the "Sms" section. <see cref="SinkDirectory"/> set (by the app host, for local runs and tests)
/// selects <see cref="LocalSmsSink"/>; a production provider's adapter reads its own keys from this section
/// (Sms__Provider, Sms__ApiKey, Sms__SenderId) and is registered in its place.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>Folder where the local sink writes one JSON file per message.</summary>
    public string? SinkDirectory { get; set; }

    /// <summary>The provider's name, for the adapter that is registered for it.</summary>
    public string? Provider { get; set; }

    /// <summary>The provider's API key, from the secret store; never in the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender name shown on the phone (registered with the provider).</summary>
    public string SenderId { get; set; } = "PatientNet";
}
