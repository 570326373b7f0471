namespace PatientNetwork.AppHost.Smtp;

/// <summary>
/// The local SMTP server of development runs and tests: Debian's aiosmtpd under Debian's own Python, with a handler
/// that stores every message as an .eml file in <see cref="MailDirectory"/> and logs one line per message.
/// </summary>
public sealed class SmtpServerResource(string name, string command, string workingDirectory, string mailDirectory)
    : ExecutableResource(name, command, workingDirectory)
{
    internal const string EndpointName = "smtp";

    private EndpointReference? endpoint;

    /// <summary>Where each message received is stored as an .eml file.</summary>
    public string MailDirectory { get; } = mailDirectory;

    public EndpointReference Endpoint => endpoint ??= new(this, EndpointName);
}
