namespace PatientNetwork.Notifications.Mail;

/// <summary>
/// One email to one person (or a few, copied), plain text. <paramref name="MessageId"/> is stable for one notification, so a relay or
/// mailbox that sees the same message twice (a retry after a lost acknowledgement) can tell it is the same one.
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Language">The body's language (ar, fr, en), sent as Content-Language.</param>
/// <param name="MessageId">The Message-ID without angle brackets, e.g. "0193…@events.patientnetwork".</param>
/// <param name="Cc">Further addresses the same message is copied to, or none: one message to several people is
/// accepted or refused as a whole, so it is sent once or retried whole, never to half of them.</param>
public sealed record OutgoingMail(string To, string Subject, string Body, string Language, string MessageId, IReadOnlyList<string>? Cc = null);
