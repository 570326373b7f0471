namespace PatientNetwork.Notifications.Mail;

/// <summary>
/// The SMTP server mail is handed to, from the "Smtp" section: the app host's local server in development and tests,
/// the association's provider (a relay with credentials from the secret store) in production. Environment form:
/// Smtp__Host, Smtp__Port, Smtp__Security, Smtp__UserName, Smtp__Password, Smtp__FromAddress, Smtp__FromName.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Empty for a server that takes mail without signing in (the local one).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "no-reply@patientnetwork.local";

    public string FromName { get; set; } = "PatientNetwork";

    /// <summary>How long one connection or command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
