namespace PatientNetwork.Notifications.Mail;

/// <summary>Hands one email to the mail server; throws when it was not accepted, so the caller retries later.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
