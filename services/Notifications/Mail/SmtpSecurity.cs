namespace PatientNetwork.Notifications.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP: only for the local server of development runs and tests, on the loopback address.</summary>
    None,

    /// <summary>STARTTLS required (port 587 at most providers).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
