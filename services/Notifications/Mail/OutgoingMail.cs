namespace PatientNetwork.Notifications.Mail;

/// <summary>
/// One email to one person, plain text. <paramref name="MessageId"/> is stable for one notification, so a relay or
/// mailbox that sees the same message twice (a retry after a lost acknowledgement) can tell it is the same one.
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Language">The body's language (ar, fr, en), sent as Content-Language.</param>
/// <param name="MessageId">The Message-ID without angle brackets, e.g. "0193…@events.patientnetwork".</param>
public sealed record OutgoingMail(string To, string Subject, string Body, string Language, string MessageId);
