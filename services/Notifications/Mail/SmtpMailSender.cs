using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PatientNetwork.Notifications.Mail;

/// <summary>
/// Sends through SMTP with MailKit, one connection per message: mail to registrants is a trickle, and a fresh
/// connection makes a restarted or failed-over server a non-event. Any failure (server down, refused recipient,
/// timeout) is thrown for the caller's retry; nothing here logs the message or its recipient.
/// </summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            throw new InvalidOperationException($"No SMTP server is configured ({SmtpOptions.Section}:Host).");
        }

        using var message = Compose(mail, settings);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>The MIME message as it goes out: plain text in UTF-8 (Arabic included), with its language and a stable Message-ID.</summary>
    public static MimeMessage Compose(OutgoingMail mail, SmtpOptions settings)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(settings);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        foreach (var copy in mail.Cc ?? [])
        {
            message.Cc.Add(MailboxAddress.Parse(copy));
        }

        message.Subject = mail.Subject;
        message.MessageId = mail.MessageId;
        var body = new TextPart("plain") { Text = mail.Body };
        // A Content-* header belongs to the body part in MIME; on the message itself MimeKit would not keep it.
        body.Headers.Add(HeaderId.ContentLanguage, mail.Language);
        message.Body = body;
        return message;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
